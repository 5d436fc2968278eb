import { describe, expect, it } from 'vitest';
import { roomAddresses } from './addresses.js';

describe('the addresses the room is told to open', () => {
  it('are the public addresses when the server was given any', () => {
    expect(roomAddresses('0.0.0.0', 3000, ['https://crossborder.example.org'], ['192.168.1.20'])).toEqual([
      'https://crossborder.example.org/',
    ]);
  });

  it('are every LAN address, then this machine, when the server listens on every interface', () => {
    expect(roomAddresses('0.0.0.0', 3000, [], ['192.168.1.20', '10.0.0.5'])).toEqual([
      'http://192.168.1.20:3000/',
      'http://10.0.0.5:3000/',
      'http://localhost:3000/',
    ]);
  });

  it('are only the address bound: a server on 127.0.0.1 offers no LAN address that would not answer', () => {
    expect(roomAddresses('127.0.0.1', 4000, [], ['192.168.1.20'])).toEqual(['http://127.0.0.1:4000/']);
    expect(roomAddresses('::1', 4000, [], ['192.168.1.20'])).toEqual(['http://[::1]:4000/']);
  });
});
