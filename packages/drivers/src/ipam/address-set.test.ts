import { describe, expect, it } from 'vitest';
import { AddressSet, MAX_ADDRESS_SET_SIZE } from './address-set.js';

describe('AddressSet', () => {
  describe('given an empty set of 256 offsets', () => {
    it('when asked for the lowest free offset, then it answers the range start', () => {
      const set = new AddressSet(256);
      expect(set.firstFree(0, 255)).toBe(0);
      expect(set.firstFree(17, 255)).toBe(17);
    });

    it('when offsets are added, then has/allocated reflect them and re-adding is refused', () => {
      const set = new AddressSet(256);
      expect(set.add(3)).toBe(true);
      expect(set.add(3)).toBe(false);
      expect(set.has(3)).toBe(true);
      expect(set.has(4)).toBe(false);
      expect(set.allocated).toBe(1);
    });

    it('when an offset outside [0, size) is added, then it throws a RangeError', () => {
      const set = new AddressSet(256);
      expect(() => set.add(256)).toThrow(RangeError);
      expect(() => set.add(-1)).toThrow(RangeError);
      expect(() => set.add(1.5)).toThrow(RangeError);
    });
  });

  describe('given offsets 0..99 taken', () => {
    const filled = (): AddressSet => {
      const set = new AddressSet(256);
      set.addRun(0, 100);
      return set;
    };

    it('when asked for the lowest free, then it is 100, crossing full words', () => {
      expect(filled().firstFree(0, 255)).toBe(100);
    });

    it('when 37 is released, then 37 is the lowest free again', () => {
      const set = filled();
      expect(set.delete(37)).toBe(true);
      expect(set.firstFree(0, 255)).toBe(37);
      expect(set.firstFree(38, 255)).toBe(100);
    });

    it('when the search window is fully taken, then it answers -1', () => {
      expect(filled().firstFree(10, 99)).toBe(-1);
    });

    it('when deleting something absent, then nothing changes', () => {
      const set = filled();
      expect(set.delete(200)).toBe(false);
      expect(set.delete(1000)).toBe(false);
      expect(set.allocated).toBe(100);
    });

    it('when counting a range, then only set offsets inside it count', () => {
      const set = filled();
      expect(set.countInRange(0, 255)).toBe(100);
      expect(set.countInRange(50, 149)).toBe(50);
      expect(set.countInRange(100, 255)).toBe(0);
    });

    it('when serialised, then it is one run', () => {
      expect(filled().runs()).toEqual([[0, 100]]);
    });
  });

  describe('given a /8-sized set (2^24 offsets)', () => {
    it('when filled past several 65,536-offset pages, then the lowest free follows', () => {
      const set = new AddressSet(2 ** 24);
      set.addRun(0, 200_000);
      expect(set.firstFree(0, 2 ** 24 - 1)).toBe(200_000);
      set.delete(70_000);
      expect(set.firstFree(0, 2 ** 24 - 1)).toBe(70_000);
      expect(set.firstFree(70_001, 2 ** 24 - 1)).toBe(200_000);
      expect(set.countInRange(65_536, 131_071)).toBe(65_535);
      expect(set.runs()).toEqual([
        [0, 70_000],
        [70_001, 129_999],
      ]);
    });
  });

  describe('given the largest size, 2^32', () => {
    it('when the last offset is used, then it works without overflow', () => {
      const set = new AddressSet(MAX_ADDRESS_SET_SIZE);
      const last = MAX_ADDRESS_SET_SIZE - 1;
      expect(set.add(last)).toBe(true);
      expect(set.has(last)).toBe(true);
      expect(set.firstFree(last, last)).toBe(-1);
      expect(set.firstFree(last - 1, last)).toBe(last - 1);
      expect(set.runs()).toEqual([[last, 1]]);
    });
  });

  describe('given a set of a size that is not a multiple of 32', () => {
    it('when every offset is taken, then nothing beyond the size is offered', () => {
      const set = new AddressSet(70);
      set.addRun(0, 70);
      expect(set.firstFree(0, 1000)).toBe(-1);
      expect(set.allocated).toBe(70);
    });
  });

  describe('given a size of 1', () => {
    it('when the single offset is taken, then nothing is free', () => {
      const set = new AddressSet(1);
      expect(set.firstFree(0, 0)).toBe(0);
      set.add(0);
      expect(set.firstFree(0, 0)).toBe(-1);
    });
  });

  it('rejects sizes it cannot hold', () => {
    expect(() => new AddressSet(0)).toThrow(RangeError);
    expect(() => new AddressSet(MAX_ADDRESS_SET_SIZE + 1)).toThrow(RangeError);
  });
});
