/** The experience score as a ring that fills with the score, the number in its middle. */
export function scoreRing(score: number | null): string {
  const radius = 34;
  const circumference = 2 * Math.PI * radius;
  const filled = score === null ? 0 : (circumference * score) / 100;
  const band = score === null ? 'none' : score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
  return `<svg class="ring band-${band}" width="88" height="88" viewBox="0 0 88 88" aria-hidden="true">
<circle cx="44" cy="44" r="${radius}" fill="none" stroke="#e6e8ec" stroke-width="9"/>
<circle cx="44" cy="44" r="${radius}" fill="none" stroke="currentColor" stroke-width="9" stroke-linecap="round" stroke-dasharray="${filled.toFixed(1)} ${circumference.toFixed(1)}" transform="rotate(-90 44 44)"/>
<text x="44" y="51" text-anchor="middle" font-size="22" font-weight="700" fill="#1b1f24">${score === null ? '–' : score}</text>
</svg>`;
}
