import { describe, expect, it } from 'vitest';
import { isPublicIp, nonPublicReason, publicIpAddress } from './ip-reachability';

const NOT_AN_ADDRESS = 'Enter a public IPv4 or IPv6 address';

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
    expect(result.error?.issues[0]?.message).toBe(nonPublicReason(input));
  });
});

describe('nonPublicReason names the IANA special-purpose block', () => {
  it.each([
    ['192.168.1.1', '192.168.1.1 is private (192.168.0.0/16, RFC 1918)'],
    ['10.0.0.1', '10.0.0.1 is private (10.0.0.0/8, RFC 1918)'],
    ['172.20.1.1', '172.20.1.1 is private (172.16.0.0/12, RFC 1918)'],
    ['100.64.0.1', '100.64.0.1 is shared address space (carrier-grade NAT) (100.64.0.0/10, RFC 6598)'],
    ['127.0.0.1', '127.0.0.1 is loopback (127.0.0.0/8, RFC 1122)'],
    ['169.254.1.1', '169.254.1.1 is link-local (169.254.0.0/16, RFC 3927)'],
    ['192.0.2.1', '192.0.2.1 is documentation (TEST-NET-1) (192.0.2.0/24, RFC 5737)'],
    ['198.51.100.7', '198.51.100.7 is documentation (TEST-NET-2) (198.51.100.0/24, RFC 5737)'],
    ['203.0.113.9', '203.0.113.9 is documentation (TEST-NET-3) (203.0.113.0/24, RFC 5737)'],
    ['198.18.0.1', '198.18.0.1 is for benchmarking (198.18.0.0/15, RFC 2544)'],
    ['255.255.255.255', '255.255.255.255 is the limited broadcast address (255.255.255.255/32, RFC 919)'],
    ['240.1.2.3', '240.1.2.3 is reserved (240.0.0.0/4, RFC 1112)'],
    ['224.0.0.5', '224.0.0.5 is multicast (224.0.0.0/4, RFC 5771)'],
    ['2001:db8::1', '2001:db8::1 is documentation (2001:db8::/32, RFC 3849)'],
    ['3fff:0abc::1', '3fff:0abc::1 is documentation (3fff::/20, RFC 9637)'],
    ['::1', '::1 is loopback (::1/128, RFC 4291)'],
    ['::', ':: is the unspecified address (::/128, RFC 4291)'],
    ['fd00::1', 'fd00::1 is a unique local address (fc00::/7, RFC 4193)'],
    ['fe80::1', 'fe80::1 is link-local (fe80::/10, RFC 4291)'],
    ['ff02::1', 'ff02::1 is multicast (ff00::/8, RFC 4291)'],
    ['2001::1', '2001::1 is Teredo (2001::/32, RFC 4380)'],
    ['2001:2::5', '2001:2::5 is for benchmarking (2001:2::/48, RFC 5180)'],
    ['2001:100::1', '2001:100::1 is reserved for IETF protocol assignments (2001::/23, RFC 2928)'],
    ['4000::1', '4000::1 is outside the global unicast range (2000::/3, RFC 4291)'],
    ['::ffff:8.8.8.8', '::ffff:8.8.8.8 is an IPv4-mapped address (::ffff:0:0/96, RFC 4291)'],
    ['example.com', NOT_AN_ADDRESS],
    ['', NOT_AN_ADDRESS],
  ])('%j → %j', (input, reason) => {
    expect(nonPublicReason(input)).toBe(reason);
  });

  it.each([
    '192.0.0.9',
    '192.0.0.10',
    '2001:1::1',
    '2001:3::1',
    '2001:4:112::1',
    '2001:20::1',
    '193.33.95.1',
  ])('%j sits in a globally reachable block: no reason', (input) => {
    expect(nonPublicReason(input)).toBeNull();
  });
});
