import { dkimVerify, type DNSResolver } from 'mailauth';
import { unfold } from './header-text.ts';

/** One DKIM signature of a message, and whether it vouches for the unsubscribe headers. */
export interface DkimCoverage {
  domain: string;
  selector: string;
  /** mailauth's verdict: pass, fail, neutral, temperror, permerror… */
  result: string;
  coversListUnsubscribe: boolean;
  coversListUnsubscribePost: boolean;
}

/**
 * RFC 8058 section 4: List-Unsubscribe and List-Unsubscribe-Post must be covered by a valid DKIM
 * signature, or mailbox providers will not offer one-click. The signed header list (h=) is read
 * from each DKIM-Signature; validity comes from verifying it (DNS, or a resolver given for a lab).
 */
export async function checkDkimCoverage(source: string, resolver?: DNSResolver): Promise<DkimCoverage[]> {
  const signatures = dkimSignatures(source);
  if (signatures.length === 0) return [];
  const verification = await dkimVerify(source, resolver ? { resolver } : {});
  return signatures.map((signature, index) => {
    const verdict = verification.results.find((result) => result.signingDomain === signature.domain && result.selector === signature.selector) ?? verification.results[index];
    return {
      ...signature,
      result: verdict?.status?.result ?? 'none',
      coversListUnsubscribe: signature.headers.includes('list-unsubscribe'),
      coversListUnsubscribePost: signature.headers.includes('list-unsubscribe-post'),
    };
  }).map(({ headers: _headers, ...coverage }) => coverage);
}

/** Whether at least one valid signature covers both unsubscribe headers. */
export function oneClickIsSigned(coverage: readonly DkimCoverage[]): boolean {
  return coverage.some((entry) => entry.result === 'pass' && entry.coversListUnsubscribe && entry.coversListUnsubscribePost);
}

function dkimSignatures(source: string): Array<{ domain: string; selector: string; headers: string[] }> {
  const headerBlock = source.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const fields = unfold(headerBlock).split(/\r?\n/);
  return fields
    .filter((field) => /^dkim-signature:/i.test(field))
    .map((field) => {
      const tags = new Map(
        field
          .slice(field.indexOf(':') + 1)
          .split(';')
          .map((tag): [string, string] => [tag.slice(0, tag.indexOf('=')).trim(), tag.slice(tag.indexOf('=') + 1).replace(/\s+/g, '')])
          .filter(([name]) => name),
      );
      return {
        domain: (tags.get('d') ?? '').toLowerCase(),
        selector: tags.get('s') ?? '',
        headers: (tags.get('h') ?? '').toLowerCase().split(':').filter(Boolean),
      };
    });
}
