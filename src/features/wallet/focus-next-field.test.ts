import { afterEach, describe, expect, it } from 'vitest';
import { nextEmptyRequired } from './focus-next-field.ts';

afterEach(() => {
  document.body.replaceChildren();
});

type Spec = [tag: 'input' | 'textarea', name: string, value: string, attrs?: string[]];

/** A form of controls ([tag, name, value, flag attributes]) with a plain and a submit button. */
function form(specs: readonly Spec[]): HTMLFormElement {
  const f = document.createElement('form');
  for (const [tag, name, value, attrs = []] of specs) {
    const control = document.createElement(tag);
    control.name = name;
    control.value = value;
    for (const attr of attrs) {
      if (attr === 'required') control.setAttribute('aria-required', 'true');
      else control.setAttribute(attr, '');
    }
    f.append(control);
  }
  for (const [type, text] of [
    ['button', 'Copy share link'],
    ['submit', 'Assume role'],
  ] as const) {
    const button = document.createElement('button');
    button.type = type;
    button.textContent = text;
    f.append(button);
  }
  document.body.append(f);
  return f;
}

describe('nextEmptyRequired', () => {
  it('skips the filled and the optional fields to the first empty required one', () => {
    const f = form([
      ['textarea', 'WebIdentityToken', 'eyJ…', ['required']],
      ['input', 'DurationSeconds', ''],
      ['input', 'RoleArn', '  ', ['required']],
      ['input', 'RoleSessionName', '', ['required']],
    ]);
    expect(nextEmptyRequired(f)?.getAttribute('name')).toBe('RoleArn');
  });

  it('goes to the submit button once every required field is filled', () => {
    const f = form([
      ['textarea', 'SAMLAssertion', 'PHNhbWxw', ['required']],
      ['input', 'RoleArn', 'arn:aws:iam::111122223333:role/SamlDemo', ['required']],
    ]);
    expect(nextEmptyRequired(f)?.textContent).toBe('Assume role');
  });

  it('passes over disabled fields', () => {
    const f = form([
      ['input', 'A', '', ['required', 'disabled']],
      ['input', 'B', '', ['required']],
    ]);
    expect(nextEmptyRequired(f)?.getAttribute('name')).toBe('B');
  });
});
