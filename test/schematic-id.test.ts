/**
 * Schematic IDs computed offline equal the Image Factory's: its own test vectors (pkg/schematic), the
 * empty schematic Talos names as the vanilla one, and well-known schematics published with their IDs.
 */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SCHEMATIC_ID,
  encodeFactorySchematic,
  type FactorySchematic,
  parseFactorySchematic,
  SchematicError,
  schematicId,
} from '../src/schematic/factory.js';

const EMPTY = '376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba';
const EXTRA_ARGS = '9cba8e32753f91a16c1837ab8abf356af021706ef284aef07380780177d9a06c';
const META = 'd308a2a5ee2277bed5fbaa104fcbc8d59122abfa737df987a95b4ca763459a7f';
const OVERLAY = 'ee21ef4a5ef808a9b7484cc0dda0f25075021691c8c09a276591eedb638ea1f9';
const SECUREBOOT = 'fa8e05f142a851d3ee568eb0a8e5841eaf6b0ebc8df9a63df16ac5ed2c04f3e6';

describe('the Image Factory test vectors (from schematic structs)', () => {
  const cases: [string, FactorySchematic, string][] = [
    ['empty', { customization: {} }, EMPTY],
    ['extra kernel args', { customization: { extraKernelArgs: ['noapic', 'nolapic'] } }, EXTRA_ARGS],
    ['meta', { customization: { meta: [{ key: 0x0a, value: 'foo' }] } }, META],
    ['secure boot', { customization: { secureboot: { includeWellKnownCertificates: true } } }, SECUREBOOT],
    [
      '4k sector disk image',
      { customization: { diskImage: { sectorSize: 4096 } } },
      '92833e9ddd9bb9e11b2464fa5525429f01866306d52ebd882ee08d7918f6d1ea',
    ],
  ];
  for (const [name, s, id] of cases) {
    it(name, () => expect(schematicId(s)).toBe(id));
  }
});

describe('the Image Factory test vectors (from the text it is given)', () => {
  const cases: [string, string, string][] = [
    ['no customization', '{}', EMPTY],
    ['empty customization', 'customization: {}', EMPTY],
    ['empty kernel args', 'customization: {"extraKernelArgs": []}', EMPTY],
    ['extra args', '{"customization": {"extraKernelArgs": ["noapic", "nolapic"]}}', EXTRA_ARGS],
    [
      'extra args, empty extensions',
      '{"customization": {"extraKernelArgs": ["noapic", "nolapic"], "systemExtensions": {}}}',
      EXTRA_ARGS,
    ],
    [
      'meta',
      '{"customization": {"meta": [{"key": 10, "value": "foo"}], "extraKernelArgs": [], "systemExtensions": {}}}',
      META,
    ],
    ['overlay', '{"overlay": {"name": "rpi_generic", "image": "siderolabs/sbc-raspberrypi"}}', OVERLAY],
    [
      'overlay, empty customization',
      '{"overlay": {"name": "rpi_generic", "image": "siderolabs/sbc-raspberrypi"},"customization":{}}',
      OVERLAY,
    ],
    [
      'secure boot customization',
      '{"customization":{"secureboot": {"includeWellKnownCertificates": true}}}',
      SECUREBOOT,
    ],
  ];
  for (const [name, text, id] of cases) {
    it(name, () => expect(schematicId(parseFactorySchematic(text))).toBe(id));
  }
});

describe('well-known schematics', () => {
  it('the empty schematic is the one Talos names as vanilla (ImageFactoryEmptySchematicID)', () => {
    expect(EMPTY_SCHEMATIC_ID).toBe(EMPTY);
    expect(encodeFactorySchematic({ customization: {} })).toBe('customization: {}\n');
  });

  it('iscsi-tools + util-linux-tools, the schematic storage guides publish', () => {
    const s = parseFactorySchematic(`customization:
  systemExtensions:
    officialExtensions:
      - siderolabs/iscsi-tools
      - siderolabs/util-linux-tools
`);
    expect(schematicId(s)).toBe('613e1592b2da41ae5e265e8789429f22e121aab91cb4deb6bc3c0b6262961245');
  });

  it('qemu-guest-agent alone', () => {
    const s: FactorySchematic = {
      customization: { systemExtensions: { officialExtensions: ['siderolabs/qemu-guest-agent'] } },
    };
    expect(schematicId(s)).toBe('ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515');
  });

  it('the order of extensions is part of the schematic, as the factory does not sort them', () => {
    const a = schematicId({
      customization: { systemExtensions: { officialExtensions: ['siderolabs/a', 'siderolabs/b'] } },
    });
    const b = schematicId({
      customization: { systemExtensions: { officialExtensions: ['siderolabs/b', 'siderolabs/a'] } },
    });
    expect(a).not.toBe(b);
  });
});

describe('canonical encoding', () => {
  it('writes every field in the factory order, 4-space indent, sequences under their key', () => {
    const text = encodeFactorySchematic({
      overlay: { image: 'siderolabs/sbc-raspberrypi', name: 'rpi_generic', options: { b: 1, a: 'x' } },
      customization: {
        extraKernelArgs: ['console=ttyS0'],
        meta: [{ key: 10, value: '{"externalIPs":["1.2.3.4"]}' }],
        systemExtensions: { officialExtensions: ['siderolabs/iscsi-tools'] },
        bootloader: 'sd-boot',
        secureboot: { enrollKeys: 'force' },
      },
    });
    expect(text).toBe(`overlay:
    image: siderolabs/sbc-raspberrypi
    name: rpi_generic
    options:
        a: x
        b: 1
customization:
    extraKernelArgs:
        - console=ttyS0
    meta:
        - key: 10
          value: '{"externalIPs":["1.2.3.4"]}'
    systemExtensions:
        officialExtensions:
            - siderolabs/iscsi-tools
    bootloader: sd-boot
    secureboot:
        enrollKeys: force
`);
  });

  it('quotes strings go-yaml would read as another type', () => {
    const text = encodeFactorySchematic({ customization: { extraKernelArgs: ['true', '1', 'yes'] } });
    expect(text).toContain(`- "true"\n`);
    expect(text).toContain(`- "1"\n`);
    expect(text).toContain(`- 'yes'\n`);
  });

  it('the bootloader zero value is never written', () => {
    expect(encodeFactorySchematic({ customization: { bootloader: 'none' } })).toBe('customization: {}\n');
  });
});

describe('strict decoding, like the factory', () => {
  it('refuses unknown fields with the line and field', () => {
    const err = (() => {
      try {
        parseFactorySchematic('customization:\n  extensions: [x]\n', 'my.yaml');
      } catch (e) {
        return e as SchematicError;
      }
    })();
    expect(err).toBeInstanceOf(SchematicError);
    expect(err!.describe()).toBe(
      'my.yaml:2: customization.extensions: field extensions not found in the schematic format',
    );
  });

  it('refuses values of the wrong type', () => {
    expect(() => parseFactorySchematic('customization:\n  meta: [{key: 300, value: x}]\n')).toThrow(
      /whole number from 0 to 255/,
    );
    expect(() => parseFactorySchematic('customization:\n  bootloader: lilo\n')).toThrow(
      /does not belong to the bootloader kinds/,
    );
  });
});
