/** The report's one stylesheet, inline so that the file stands alone. Print: A4, QA on its own pages. */
export const STYLES = `
:root{--ink:#1b1f24;--muted:#5f6873;--line:#e3e6ea;--paper:#fff;--ground:#f4f5f7;
--passed:#1e7b3c;--broken:#c0262d;--degraded:#a65f00;--needs-maintenance:#5b3fb0;--awaiting:#1f5fb4;--not-run:#6b7280}
*{box-sizing:border-box}
html{background:var(--ground)}
body{margin:0 auto;max-width:72rem;padding:2rem 1.5rem 3rem;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:#1f5fb4}
h1,h2,h3,h4{line-height:1.25;margin:0}
p{margin:0}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f0f2f5;border-radius:4px;padding:.05rem .3rem}
.muted{color:var(--muted)}
.s-passed{color:var(--passed)}.s-broken{color:var(--broken)}.s-degraded{color:var(--degraded)}
.s-needs-maintenance{color:var(--needs-maintenance)}.s-awaiting{color:var(--awaiting)}.s-not-run{color:var(--not-run)}
.icon{flex:none;vertical-align:-2px}
.masthead{margin-bottom:1.25rem}
.eyebrow{text-transform:uppercase;letter-spacing:.06em;font-size:12px;font-weight:600;color:var(--muted)}
.eyebrow a{color:inherit}
#verdict{font-size:30px;font-weight:700;margin:.35rem 0 .4rem;max-width:52rem}
.facts{color:var(--muted);font-size:13px}
.store-error{margin-top:.4rem;font-size:13px;color:var(--needs-maintenance)}
.overview{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:1.5rem}
.score{display:flex;align-items:center;gap:1rem;background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:.9rem 1.2rem;flex:1 1 20rem}
.score-title{font-weight:700;font-size:16px}
.score-text{color:var(--muted);font-size:13px;max-width:20rem}
.ring.band-good{color:var(--passed)}.ring.band-fair{color:var(--degraded)}.ring.band-poor{color:var(--broken)}.ring.band-none{color:var(--not-run)}
.counts{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,minmax(8.5rem,1fr));gap:.5rem;flex:2 1 28rem}
.count{display:grid;grid-template-columns:auto 1fr;grid-template-rows:auto auto;column-gap:.6rem;align-items:center;background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:.55rem .8rem}
.count .icon{grid-row:1/3}
.count .number{font-size:22px;font-weight:700;line-height:1.1}
.count .label{font-size:12.5px;color:var(--muted)}
.count.zero{opacity:.55}
h2{font-size:19px;margin:0 0 .6rem}
table{border-collapse:separate;border-spacing:0;width:100%;background:var(--paper);border:1px solid var(--line);border-radius:12px;overflow:hidden}
th,td{text-align:left;vertical-align:top;padding:.65rem .75rem;border-bottom:1px solid var(--line);font-size:14px}
tbody tr:last-child>*{border-bottom:0}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600;background:#fafbfc}
tbody th{font-weight:600}
.journeys table{table-layout:fixed}
.c-journey{width:16%}.c-status{width:17%}.c-experience{width:29%}.c-since{width:14%}.c-trend{width:11%}.c-owner{width:13%}
.journey-name{display:block}
.channels{display:block;font-weight:400;font-size:12px;color:var(--muted)}
.journeys tbody tr>:first-child{border-left:4px solid transparent}
.journeys .row-broken>:first-child{border-left-color:var(--broken)}.journeys .row-degraded>:first-child{border-left-color:var(--degraded)}
.journeys .row-needs-maintenance>:first-child{border-left-color:var(--needs-maintenance)}.journeys .row-awaiting>:first-child{border-left-color:var(--awaiting)}
.experience p+p{margin-top:.3rem}
.badge{display:inline-flex;align-items:center;gap:.35rem;white-space:nowrap;font-weight:600;font-size:13px;border:1px solid currentColor;border-radius:999px;padding:.1rem .55rem .1rem .4rem;background:#fff}
.badge .word{color:var(--ink)}
.since-label{display:block}
.streak{display:block;font-size:12.5px;color:var(--muted)}
.known{margin:4px 0 0;font-size:12.5px;overflow-wrap:anywhere}
.trends,.histories{margin-top:1.6rem}
.trend-figure{margin:.8rem 0;background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:.7rem}
.trend-figure figcaption,.trend-facts{font-size:12.5px;color:var(--muted)}
.chart{display:block;width:100%;height:auto;max-width:46rem}
.repair{margin:.8rem 0}.repair h3{font-size:16px;margin-bottom:.3rem}
.history{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:.7rem .9rem;margin:.6rem 0;break-inside:avoid}
.history h3{font-size:15px}.history h4{font-size:13px;margin:.4rem 0 .2rem}.history ul{margin:0;padding-left:1.2rem;font-size:13px}
a.journey-name{color:inherit}
@media print{.trends{break-before:page}.histories{break-before:page}.trend-figure{break-inside:avoid}}
.in-maintenance{border:2px dashed currentColor;padding:6px 10px;border-radius:6px}
.trend{display:inline-flex;flex-wrap:wrap;gap:3px;align-items:center}
.trend .dot{display:inline-flex;border-radius:50%;padding:1px}
.trend .dot.current{outline:2px solid #9aa3ad;outline-offset:0}
.severity{display:block;font-size:12.5px;text-transform:capitalize;color:var(--muted)}
.sev-critical{font-weight:700;color:var(--broken)}.sev-high{font-weight:600;color:var(--ink)}
.legend{margin-top:.6rem;font-size:12px;color:var(--muted);display:flex;flex-wrap:wrap;gap:.4rem 1rem}
.legend span{display:inline-flex;align-items:center;gap:.3rem}
.about{margin-top:.6rem;font-size:12px;color:var(--muted);max-width:60rem}
.qa{margin-top:2.5rem}
.qa-links{color:var(--muted);font-size:13.5px;margin-bottom:1rem}
.case{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:1rem 1.2rem;margin-bottom:1.2rem}
.case>header{display:flex;align-items:center;flex-wrap:wrap;gap:.5rem .8rem;margin-bottom:.8rem}
.case h3{font-size:17px}
.case>header .muted{font-size:13px}
.observation{border-top:1px solid var(--line);padding:.8rem 0}
.observation h4{font-size:15.5px;margin:.25rem 0 .6rem}
.kind{font-size:12.5px}
.finding .kind code{background:#fdecec;color:var(--broken)}
.degradation .kind code{background:#fff3e0;color:var(--degraded)}
.compare{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
.compare>div{background:#f8f9fb;border:1px solid var(--line);border-radius:8px;padding:.55rem .75rem;font-size:14px}
.compare-label{font-size:11.5px;text-transform:uppercase;letter-spacing:.05em;font-weight:700;color:var(--muted);margin-bottom:.15rem}
.evidence{margin-top:.7rem;display:flex;flex-direction:column;gap:.6rem}
.thumbs{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:.4rem}
.thumb{margin:0;width:14rem}
.thumb img{display:block;width:100%;max-height:11rem;object-fit:cover;object-position:top;border:1px solid var(--line);border-radius:6px;background:#fff}
.thumb figcaption,.excerpt figcaption{font-size:12px;color:var(--muted);margin-top:.2rem}
.excerpt{margin:0;border:1px solid var(--line);border-radius:8px;padding:.55rem .75rem;background:#fcfcfd}
.excerpt figcaption{margin:0 0 .35rem}
.headers{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .7rem;margin:0 0 .4rem;font-size:13px}
.headers dt{color:var(--muted)}.headers dd{margin:0}
.excerpt pre{margin:0;white-space:pre-wrap;word-break:break-word;font:12.5px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.files{margin:0;padding-left:1.1rem;font-size:13.5px}
.scenarios{margin-top:.6rem}
.scenarios td,.scenarios th{font-size:13.5px}
.scenarios .num{white-space:nowrap}
.problem{margin-top:.3rem;font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--needs-maintenance);word-break:break-word}
.blocked{margin-top:.3rem;font-size:12.5px}.blocked ul{margin:.2rem 0 0 1.1rem;padding:0}.blocked code{word-break:break-all}
.flaky{margin:.3rem 0 0 .4rem;font-size:12.5px;color:var(--degraded)}
.trace{margin-top:.3rem;font-size:12.5px;word-break:break-all}
footer{margin-top:2rem;font-size:12px;color:var(--muted)}
@media screen and (max-width:760px){.compare{grid-template-columns:1fr}.counts{grid-template-columns:repeat(2,1fr)}th,td{padding:.5rem}}
@page{size:A4;margin:12mm}
@media print{
html{background:#fff}
body{max-width:none;padding:0;font-size:10pt}
#verdict{font-size:19pt;margin:.2rem 0 .3rem}
.masthead{margin-bottom:.8rem}
.overview{flex-wrap:nowrap;gap:.6rem;margin-bottom:1rem}
.score{flex:0 0 34%;padding:.5rem .7rem;gap:.6rem}
.ring{width:64px;height:64px}
.score-title{font-size:11pt}.score-text{font-size:8.5pt}
.counts{flex:1 1 auto;grid-template-columns:repeat(3,1fr);gap:.35rem}
.count{padding:.3rem .5rem}.count .number{font-size:14pt}.count .label{font-size:8pt}
h2{font-size:13pt;margin-bottom:.4rem}
.score,.count,table,.case,.excerpt,.compare>div{border-color:#cfd4da}
th,td{padding:.35rem .45rem;font-size:8.5pt}
thead th{font-size:7pt;letter-spacing:.03em}
.channels,.streak,.severity{font-size:7.5pt}
.badge{font-size:7.5pt;gap:.2rem;padding:.05rem .4rem .05rem .25rem}
.badge .icon{width:11px;height:11px}
.journeys .badge{white-space:normal}
.c-journey{width:21%}.c-status{width:18%}.c-experience{width:26%}.c-since{width:12%}.c-trend{width:10%}.c-owner{width:13%}
.legend,.about{font-size:7.5pt}
.qa{break-before:page;margin-top:0}
.qa.quiet{break-before:auto;margin-top:1.2rem}
.case>header,h2,h4{break-after:avoid;break-inside:avoid}
.observation,.thumb,.excerpt,.compare{break-inside:avoid}
tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
.count.zero{opacity:.6}
/* Page 1 holds every journey row (at least 15): one compact line or two per journey. */
#verdict{font-size:16pt}
.masthead{margin-bottom:.5rem}
.overview{margin-bottom:.6rem}
.score{flex:0 0 27%}.score-text{font-size:7pt}
.counts{grid-template-columns:repeat(6,minmax(0,1fr));gap:.25rem}
.count{padding:.2rem .3rem;column-gap:.25rem}.count .number{font-size:12pt}.count .label{font-size:6.5pt;line-height:1.15}
.journeys th,.journeys td{padding:.18rem .35rem;font-size:7.5pt;line-height:1.2}
.journeys thead th{font-size:6.5pt}
.journeys .c-journey{width:21%}.journeys .c-status{width:13%}.journeys .c-experience{width:32%}.journeys .c-since{width:15%}.journeys .c-trend{width:8%}.journeys .c-owner{width:11%}
.journeys .channels,.journeys .severity{display:inline;margin-left:.3em;font-size:6.5pt}
.journeys .since,.journeys .streak{font-size:6.5pt}
.journeys .badge{font-size:6.5pt;padding:0 .3rem 0 .15rem}
.journeys .badge .icon{width:8px;height:8px}
.journeys .trend{gap:0;flex-wrap:wrap}
.journeys .trend .dot{padding:0}
.journeys .trend .icon{width:7px;height:7px}
.journeys .trend .dot.current{outline-width:1px}
.experience p+p{margin-top:.1rem}
}
`;
