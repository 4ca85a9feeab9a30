/**
 * Protobuf wire format primitives: varints (as bigint where 64 bits matter), zigzag, fixed-width
 * little-endian values and length-delimited records.
 */

export const WireType = {
  VARINT: 0,
  I64: 1,
  LEN: 2,
  SGROUP: 3,
  EGROUP: 4,
  I32: 5,
} as const;

export class WireError extends Error {
  override name = 'WireError';
}

const MASK64 = (1n << 64n) - 1n;

export class Writer {
  private chunks: Buffer[] = [];
  private buf = Buffer.alloc(256);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.buf = Buffer.alloc(Math.max(256, n));
    this.pos = 0;
  }

  /** Unsigned varint of a non-negative safe integer. */
  uint32(v: number): this {
    this.ensure(10);
    let n = v >>> 0;
    while (n > 0x7f) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
    return this;
  }

  /** Varint of a 64-bit value; negative values are written as their two's complement (10 bytes). */
  varint64(v: bigint): this {
    this.ensure(10);
    let n = BigInt.asUintN(64, v);
    while (n > 0x7fn) {
      this.buf[this.pos++] = Number(n & 0x7fn) | 0x80;
      n >>= 7n;
    }
    this.buf[this.pos++] = Number(n);
    return this;
  }

  /** int32: negative values are sign-extended to 64 bits, as the spec requires. */
  int32(v: number): this {
    return v >= 0 ? this.uint32(v) : this.varint64(BigInt(v | 0));
  }

  tag(field: number, wireType: number): this {
    // Field numbers go up to 2^29-1, so the tag can exceed 32 bits: use a safe multiply.
    const t = field * 8 + wireType;
    return t <= 0xffffffff ? this.uint32(t) : this.varint64(BigInt(t));
  }

  fixed32(v: number): this {
    this.ensure(4);
    this.buf.writeUInt32LE(v >>> 0, this.pos);
    this.pos += 4;
    return this;
  }

  sfixed32(v: number): this {
    this.ensure(4);
    this.buf.writeInt32LE(v | 0, this.pos);
    this.pos += 4;
    return this;
  }

  fixed64(v: bigint): this {
    this.ensure(8);
    this.buf.writeBigUInt64LE(BigInt.asUintN(64, v), this.pos);
    this.pos += 8;
    return this;
  }

  float(v: number): this {
    this.ensure(4);
    this.buf.writeFloatLE(v, this.pos);
    this.pos += 4;
    return this;
  }

  double(v: number): this {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
    return this;
  }

  raw(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    return this.uint32(bytes.length).raw(bytes);
  }

  finish(): Buffer {
    return Buffer.concat([...this.chunks, this.buf.subarray(0, this.pos)]);
  }
}

export class Reader {
  pos: number;
  readonly end: number;

  constructor(
    readonly buf: Buffer,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  /** A full 64-bit varint as an unsigned bigint. */
  varint64(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new WireError('truncated varint');
      const b = this.buf[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result & MASK64;
      shift += 7n;
    }
    throw new WireError('varint longer than 10 bytes');
  }

  /** Varint as a JS number (lengths, tags, 32-bit values); low 32 bits kept for wider values. */
  varint32(): number {
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new WireError('truncated varint');
      const b = this.buf[this.pos++]!;
      if (shift < 32) result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result >>> 0;
      shift += 7;
    }
    throw new WireError('varint longer than 10 bytes');
  }

  /** Tag as field number and wire type. */
  tag(): { field: number; wireType: number } {
    const start = this.pos;
    const t = this.varint64();
    if (t > 0xffffffffn) {
      this.pos = start;
      throw new WireError('tag out of range');
    }
    const n = Number(t);
    const field = Math.floor(n / 8);
    if (field === 0) throw new WireError('field number 0 is invalid');
    return { field, wireType: n & 7 };
  }

  private need(n: number): void {
    if (this.pos + n > this.end) throw new WireError('truncated message');
  }

  fixed32(): number {
    this.need(4);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  sfixed32(): number {
    this.need(4);
    const v = this.buf.readInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  fixed64(): bigint {
    this.need(8);
    const v = this.buf.readBigUInt64LE(this.pos);
    this.pos += 8;
    return v;
  }

  float(): number {
    this.need(4);
    const v = this.buf.readFloatLE(this.pos);
    this.pos += 4;
    return v;
  }

  double(): number {
    this.need(8);
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  /** Length-delimited payload (a view, not a copy). */
  lengthDelimited(): Buffer {
    const len = this.varint32();
    this.need(len);
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  /** Skips one value of the given wire type (groups included, for unknown fields). */
  skip(wireType: number, field = 0): void {
    switch (wireType) {
      case WireType.VARINT:
        this.varint64();
        return;
      case WireType.I64:
        this.need(8);
        this.pos += 8;
        return;
      case WireType.LEN:
        this.lengthDelimited();
        return;
      case WireType.I32:
        this.need(4);
        this.pos += 4;
        return;
      case WireType.SGROUP:
        for (;;) {
          const t = this.tag();
          if (t.wireType === WireType.EGROUP) {
            if (t.field !== field) throw new WireError('mismatched end group');
            return;
          }
          this.skip(t.wireType, t.field);
        }
      default:
        throw new WireError(`invalid wire type ${wireType}`);
    }
  }
}

export const zigzagEncode64 = (v: bigint): bigint => BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
export const zigzagDecode64 = (v: bigint): bigint => (v >> 1n) ^ -(v & 1n);
export const zigzagEncode32 = (v: number): number => ((v << 1) ^ (v >> 31)) >>> 0;
export const zigzagDecode32 = (v: number): number => (v >>> 1) ^ -(v & 1);
