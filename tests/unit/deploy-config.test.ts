/** scripts/deploy-config.mjs: the policy the server's header repeats is read as a browser reads it. */
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../scripts/deploy-config.mjs';

describe('metaPolicy', () => {
  it('reads the head’s CSP <meta> with any quoting and case, entities decoded', () => {
    const policy = "default-src 'self'; script-src 'self' 'sha256-x'";
    const encoded = policy.replaceAll("'", '&#39;');
    expect(
      metaPolicy(`<head><meta http-equiv="content-security-policy" content="${encoded}"></head>`)
    ).toBe(policy);
    expect(
      metaPolicy(`<head><META CONTENT='${encoded}' HTTP-EQUIV=Content-Security-Policy></head>`)
    ).toBe(policy);
  });

  it('ignores a policy that is not a tag or not in the head', () => {
    expect(
      metaPolicy(
        '<head><!-- <meta http-equiv="content-security-policy" content="x"> --></head><body><meta http-equiv="content-security-policy" content="y"></body>'
      )
    ).toBeUndefined();
  });

  it('ends the head where the tokenizer does, not at a "</head>" inside a comment or a script', () => {
    const meta = '<meta http-equiv="content-security-policy" content="x">';
    expect(metaPolicy(`<head><!-- </head> -->${meta}</head><body></body>`)).toBe('x');
    expect(metaPolicy(`<head><script>"</HEAD>"</script>${meta}</head>`)).toBe('x');
    expect(metaPolicy(`<head></head><body>${meta}</body>`)).toBeUndefined();
  });
});
