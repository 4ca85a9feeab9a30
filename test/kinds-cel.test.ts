/**
 * CEL expressions of config documents (link, disk and volume selectors), checked offline the way
 * Talos's `Expression.ParseBool` checks them in its environments: parse, type-check against the
 * resource spec the variable is, and a bool result. Errors read as cel-go prints them.
 */
import { describe, expect, it } from 'vitest';
import { celBoolError } from '../src/kinds/shared/cel/index.js';

describe('CEL selectors', () => {
  it('accept what Talos accepts in each environment', () => {
    const valid: [string, Parameters<typeof celBoolError>[1]][] = [
      ['mac(link.permanent_addr) == "3c:ec:ef:01:02:03"', 'LinkLocator'],
      ['link.type == 1 && link.kind == "" && !link.link_state', 'LinkLocator'],
      ['glob("0000:41:00.*", link.bus_path) || link.driver in ["ixgbe", "i40e"]', 'LinkLocator'],
      ['has(link.vlan) && link.vlan.vid == 30u', 'LinkLocator'],
      ['link.alt_names.exists(n, n.startsWith("enx"))', 'LinkLocator'],
      ['disk.size > 120u * GiB && disk.transport == "nvme"', 'DiskLocator'],
      ['!system_disk && disk.rotational', 'DiskLocator'],
      ['disk.symlinks.all(s, s.matches("^/dev/disk/by-"))', 'DiskLocator'],
      ['size(disk.serial) > 0 && disk.model.contains("Samsung")', 'DiskLocator'],
      ['volume.partition_label == "EPHEMERAL" && disk.dev_path == "/dev/sda"', 'VolumeLocator'],
      ['true', 'Empty'],
      ["disk.model == 'A' ? disk.size > 1u : disk.size < 1000u", 'DiskLocator'],
      ['// a comment\ndisk.wwid != ""', 'DiskLocator'],
      ['[1, 2, 3].map(x, x * 2).size() == 3 && {"a": 1}["a"] == 1', 'Empty'],
      ['r"raw\\d" != "x" && b"bytes" != b"" && \'\'\'triple\'\'\' == "triple"', 'Empty'],
    ];
    for (const [expr, env] of valid) expect(celBoolError(expr, env, '1.14'), expr).toBeUndefined();
  });

  it("report an undeclared variable, with cel-go's location and caret", () => {
    expect(celBoolError('disk.size > 120', 'LinkLocator', '1.14')).toBe(
      "ERROR: <input>:1:1: undeclared reference to 'disk' (in container '')\n | disk.size > 120\n | ^",
    );
  });

  it('report operands of different types (no cross-type numeric comparison)', () => {
    expect(celBoolError('disk.size > 120', 'DiskLocator', '1.14')).toBe(
      "ERROR: <input>:1:11: found no matching overload for '_>_' applied to '(uint, int)'\n | disk.size > 120\n | ..........^",
    );
    expect(celBoolError('volume.partition_label == 3', 'VolumeLocator', '1.13')).toContain(
      "1:24: found no matching overload for '_==_' applied to '(string, int)'",
    );
    expect(celBoolError('disk.wwid.contains(1)', 'DiskLocator', '1.14')).toContain(
      "found no matching overload for 'contains' applied to 'string.(int)'",
    );
  });

  it('report fields the spec does not have, non-bool results and unknown functions', () => {
    expect(celBoolError('link.speed == 1', 'LinkLocator', '1.14')).toContain("1:5: undefined field 'speed'");
    expect(celBoolError('disk.size', 'DiskLocator', '1.14')).toBe(
      'expression output type is uint, expected bool',
    );
    expect(celBoolError('lowerAscii(disk.model) == "x"', 'DiskLocator', '1.14')).toContain(
      "undeclared reference to 'lowerAscii'",
    );
    expect(celBoolError('glob("a*", link.driver)', 'LinkLocator', '1.14')).toBeUndefined();
    expect(celBoolError('mac(disk.serial) == ""', 'DiskLocator', '1.14')).toContain(
      "undeclared reference to 'mac'",
    );
  });

  it('report the line and column of an error in a multi-line expression', () => {
    expect(celBoolError('disk.rotational &&\n  disk.size > 10', 'DiskLocator', '1.14')).toBe(
      "ERROR: <input>:2:13: found no matching overload for '_>_' applied to '(uint, int)'\n |   disk.size > 10\n | ............^",
    );
  });

  it('report operands of different kinds of text', () => {
    expect(celBoolError('"text" == b"bytes"', 'Empty', '1.14')).toContain(
      "'_==_' applied to '(string, bytes)'",
    );
  });

  it('report syntax errors and reserved words', () => {
    expect(celBoolError('disk.size >', 'DiskLocator', '1.14')).toContain(
      "1:12: Syntax error: mismatched input '<EOF>'",
    );
    expect(celBoolError('if == 1', 'Empty', '1.14')).toContain('reserved identifier: if');
    expect(celBoolError('"unterminated', 'Empty', '1.14')).toContain('Syntax error');
  });

  it('know each contract’s environments: no volume variable for disks before 1.11, no link selectors before 1.12', () => {
    expect(celBoolError('disk.size > 1u', 'VolumeLocator', '1.10')).toContain(
      "undeclared reference to 'disk'",
    );
    expect(celBoolError('disk.size > 1u', 'VolumeLocator', '1.11')).toBeUndefined();
    expect(celBoolError('link.mtu > 1u', 'LinkLocator', '1.11')).toBeUndefined();
  });

  it('stay bounded on expressions built to exhaust the parser', () => {
    const deep = `${'('.repeat(5000)}true${')'.repeat(5000)}`;
    expect(celBoolError(deep, 'Empty', '1.14')).toContain('expression recursion limit exceeded: 250');
    const long = Array.from({ length: 2000 }, () => 'true').join(' || ');
    expect(celBoolError(long, 'Empty', '1.14')).toContain('expression recursion limit exceeded');
    expect(celBoolError('a'.repeat(100_001), 'Empty', '1.14')).toContain(
      'expression code point size exceeds limit',
    );
  });
});
