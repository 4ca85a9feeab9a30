// The Talos release each supported version contract is read from, shared by the maintainer tools
// that derive facts from a Talos checkout (the typed model and the validation facts).
export const VERSIONS = [
  ['1.10', 'v1.10.9'],
  ['1.11', 'v1.11.6'],
  ['1.12', 'v1.12.11'],
  ['1.13', 'v1.13.9'],
  ['1.14', 'v1.14.0-rc.1'],
];
