import { describe, expect, it } from 'vitest';
import { isIPv4, isIPv6, isPublicIp, PUBLIC_IP_MESSAGE, parseIPv6, publicIpAddress } from './ip';

describe('isIPv4', () => {
  it.each(['0.0.0.0', '1.2.3.4', '192.168.1.1', '255.255.255.255', '8.8.8.8', '10.0.0.10'])(
    'accepts %j',
    (input) => {
      expect(isIPv4(input)).toBe(true);
    },
  );

  it.each([
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    '1.2.3.04',
    '1.2.3.-4',
    '1.2.3.4 ',
    ' 1.2.3.4',
    '1..2.3',
    'a.b.c.d',
    '',
    '::1',
  ])('rejects %j', (input) => {
    expect(isIPv4(input)).toBe(false);
  });
});

describe('isIPv6 / parseIPv6', () => {
  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['2001:db8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['2001:DB8:0:0:8:800:200C:417A', [0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]],
    ['2001:db8:0:0:8:800:200c:417a', [0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]],
    ['ff01::101', [0xff01, 0, 0, 0, 0, 0, 0, 0x101]],
    ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
    ['::2:3:4:5:6:7:8', [0, 2, 3, 4, 5, 6, 7, 8]],
    ['0:0:0:0:0:0:13.1.68.3', [0, 0, 0, 0, 0, 0, 0x0d01, 0x4403]],
    ['::13.1.68.3', [0, 0, 0, 0, 0, 0, 0x0d01, 0x4403]],
    ['::FFFF:129.144.52.38', [0, 0, 0, 0, 0, 0xffff, 0x8190, 0x3426]],
    ['0:0:0:0:0:FFFF:129.144.52.38', [0, 0, 0, 0, 0, 0xffff, 0x8190, 0x3426]],
    ['64:ff9b::192.0.2.33', [0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221]],
    ['1:2:3:4:5::1.2.3.4', [1, 2, 3, 4, 5, 0, 0x0102, 0x0304]],
  ])('parses %j', (input, words) => {
    expect(isIPv6(input)).toBe(true);
    expect(parseIPv6(input)).toEqual(words);
  });

  it.each([
    '',
    ':',
    ':::',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '::1:2:3:4:5:6:7:8',
    '1::2::3',
    '1:::2',
    ':1::2',
    '1::2:',
    '12345::',
    'g::1',
    '::1.2.3',
    '::1.2.3.256',
    '1.2.3.4::',
    '::1.2.3.4:1',
    '1:2:3:4:5:6:7:1.2.3.4',
    '1.2.3.4',
    'fe80::1%eth0',
    '[::1]',
    ' ::1',
  ])('rejects %j', (input) => {
    expect(isIPv6(input)).toBe(false);
  });
});

describe('isPublicIp', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '185.199.108.153',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.0.3.1',
    '198.17.255.255',
    '198.20.0.0',
    '223.255.255.255',
    '2001:4860:4860::8888',
    '2a00:1450:4001:80b::200e',
    '2001:db9::1',
    '2002:c000:0204::1',
    '3fff:1000::1',
  ])('accepts %j', (input) => {
    expect(isPublicIp(input)).toBe(true);
  });

  it.each([
    ['0.0.0.0', 'this network'],
    ['10.1.2.3', 'private 10/8'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.255', 'CGNAT end'],
    ['127.0.0.1', 'loopback'],
    ['169.254.10.10', 'link-local'],
    ['172.16.0.1', 'private 172.16/12'],
    ['172.31.255.255', 'private 172.16/12 end'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.1', 'TEST-NET-1'],
    ['192.88.99.1', '6to4 relay'],
    ['192.168.1.1', 'private 192.168/16'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking end'],
    ['198.51.100.7', 'TEST-NET-2'],
    ['203.0.113.200', 'TEST-NET-3'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    ['64:ff9b::8.8.8.8', 'NAT64'],
    ['fc00::1', 'ULA'],
    ['fd12:3456:789a::1', 'ULA'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local end'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2001:0db8:ffff::1', 'documentation'],
    ['3fff::1', 'documentation (RFC 9637)'],
    ['2001:2::1', 'benchmarking'],
    ['not an ip', 'garbage'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    expect(isPublicIp(input)).toBe(false);
  });
});

describe('publicIpAddress schema', () => {
  it.each([
    [' 8.8.8.8 ', '8.8.8.8'],
    ['2001:4860:4860::8888', '2001:4860:4860::8888'],
    ['2A00:1450::200E', '2a00:1450::200e'],
  ])('accepts %j as %j', (input, expected) => {
    expect(publicIpAddress.parse(input)).toBe(expected);
  });

  it.each(['192.168.0.1', '2001:db8::1', 'example.com', ''])('rejects %j', (input) => {
    const result = publicIpAddress.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(PUBLIC_IP_MESSAGE);
  });
});
