import { z } from 'zod';
import { i18n, params } from '@/i18n';
import { ipv4Octets, isIPv4, parseIPv6 } from './ip';

// Each label completes "<address> is …", so a language can word it to fit its own sentence.
const messages = i18n('internet-domain/ip-reachability', {
  notAnAddress: 'Enter a public IPv4 or IPv6 address',
  isSpecial: params<{ address: string; label: string; block: string; rfc: string }>(
    '{address} is {label} ({block}, {rfc})',
  ),
  outsideGlobalUnicast: params<{ address: string }>(
    '{address} is outside the global unicast range (2000::/3, RFC 4291)',
  ),
  limitedBroadcast: 'the limited broadcast address',
  thisNetwork: '“this network”',
  private: 'private',
  sharedAddressSpace: 'shared address space (carrier-grade NAT)',
  loopback: 'loopback',
  linkLocal: 'link-local',
  ietfAssignments: 'reserved for IETF protocol assignments',
  testNet1: 'documentation (TEST-NET-1)',
  testNet2: 'documentation (TEST-NET-2)',
  testNet3: 'documentation (TEST-NET-3)',
  relay6to4: 'the deprecated 6to4 relay anycast',
  benchmarking: 'for benchmarking',
  multicast: 'multicast',
  reserved: 'reserved',
  unspecified: 'the unspecified address',
  ipv4Mapped: 'an IPv4-mapped address',
  nat64: 'an IPv4/IPv6 translation (NAT64) address',
  localTranslation: 'local-use IPv4/IPv6 translation',
  discardOnly: 'discard-only',
  teredo: 'Teredo',
  deprecatedOrchid: 'deprecated ORCHID',
  documentation: 'documentation',
  uniqueLocal: 'a unique local address',
});

type Label = Exclude<
  keyof ReturnType<typeof messages.get>,
  'notAnAddress' | 'isSpecial' | 'outsideGlobalUnicast'
>;

/** An address as 16-bit words: 2 for IPv4, 8 for IPv6, so one prefix match serves both. */
type Words = readonly number[];

interface SpecialBlock {
  block: string;
  words: Words;
  length: number;
  /** Completes "<address> is …"; a reachable block needs none. */
  label?: Label;
  rfc: string;
  /** Registry's "Globally Reachable": a reachable block inside a refused one (more specific wins). */
  reachable?: true;
}

function ipWords(address: string): Words | null {
  if (isIPv4(address)) {
    const [a = 0, b = 0, c = 0, d = 0] = ipv4Octets(address);
    return [(a << 8) | b, (c << 8) | d];
  }
  return parseIPv6(address);
}

function block(cidr: string, label: Label | null, rfc: string, reachable?: true): SpecialBlock {
  const [address = '', length = ''] = cidr.split('/');
  const words = ipWords(address);
  if (!words) throw new Error(`Bad registry entry ${cidr}`);
  return {
    block: cidr,
    words,
    length: Number(length),
    rfc,
    ...(label && { label }),
    ...(reachable && { reachable }),
  };
}

/** A globally reachable block inside a refused one; its name is for the reader of this file. */
const reachableBlock = (cidr: string, _name: string, rfc: string) => block(cidr, null, rfc, true);

function inBlock(words: Words, entry: SpecialBlock): boolean {
  if (words.length !== entry.words.length) return false;
  let bits = entry.length;
  for (let i = 0; bits > 0; i += 1, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if (((words[i] ?? 0) & mask) !== ((entry.words[i] ?? 0) & mask)) return false;
  }
  return true;
}

// IANA IPv4 Special-Purpose Address Registry: the entries not globally reachable, plus multicast
// (not special-purpose, but never a unicast endpoint). Most specific first.
const IPV4_REGISTRY: readonly SpecialBlock[] = [
  block('255.255.255.255/32', 'limitedBroadcast', 'RFC 919'),
  reachableBlock('192.0.0.9/32', 'port control anycast', 'RFC 7723'),
  reachableBlock('192.0.0.10/32', 'TURN anycast', 'RFC 8155'),
  block('0.0.0.0/8', 'thisNetwork', 'RFC 791'),
  block('10.0.0.0/8', 'private', 'RFC 1918'),
  block('100.64.0.0/10', 'sharedAddressSpace', 'RFC 6598'),
  block('127.0.0.0/8', 'loopback', 'RFC 1122'),
  block('169.254.0.0/16', 'linkLocal', 'RFC 3927'),
  block('172.16.0.0/12', 'private', 'RFC 1918'),
  block('192.0.0.0/24', 'ietfAssignments', 'RFC 6890'),
  block('192.0.2.0/24', 'testNet1', 'RFC 5737'),
  block('192.88.99.0/24', 'relay6to4', 'RFC 7526'),
  block('192.168.0.0/16', 'private', 'RFC 1918'),
  block('198.18.0.0/15', 'benchmarking', 'RFC 2544'),
  block('198.51.100.0/24', 'testNet2', 'RFC 5737'),
  block('203.0.113.0/24', 'testNet3', 'RFC 5737'),
  block('224.0.0.0/4', 'multicast', 'RFC 5771'),
  block('240.0.0.0/4', 'reserved', 'RFC 1112'),
];

// IANA IPv6 Special-Purpose Address Registry, same selection. Most specific first.
const IPV6_REGISTRY: readonly SpecialBlock[] = [
  block('::/128', 'unspecified', 'RFC 4291'),
  block('::1/128', 'loopback', 'RFC 4291'),
  block('::ffff:0:0/96', 'ipv4Mapped', 'RFC 4291'),
  // Globally reachable per IANA, but it stands for an IPv4 host behind a translator, not a peer.
  block('64:ff9b::/96', 'nat64', 'RFC 6052'),
  block('64:ff9b:1::/48', 'localTranslation', 'RFC 8215'),
  block('100::/64', 'discardOnly', 'RFC 6666'),
  reachableBlock('2001:1::1/128', 'port control anycast', 'RFC 7723'),
  reachableBlock('2001:1::2/128', 'TURN anycast', 'RFC 8155'),
  reachableBlock('2001:1::3/128', 'DNS-SD service registration anycast', 'RFC 9665'),
  reachableBlock('2001:3::/32', 'AMT', 'RFC 7450'),
  reachableBlock('2001:4:112::/48', 'AS112-v6', 'RFC 7535'),
  reachableBlock('2001:20::/28', 'ORCHIDv2', 'RFC 7343'),
  reachableBlock('2001:30::/28', 'drone remote ID', 'RFC 9374'),
  block('2001::/32', 'teredo', 'RFC 4380'),
  block('2001:2::/48', 'benchmarking', 'RFC 5180'),
  block('2001:10::/28', 'deprecatedOrchid', 'RFC 4843'),
  block('2001::/23', 'ietfAssignments', 'RFC 2928'),
  block('2001:db8::/32', 'documentation', 'RFC 3849'),
  block('3fff::/20', 'documentation', 'RFC 9637'),
  block('fc00::/7', 'uniqueLocal', 'RFC 4193'),
  block('fe80::/10', 'linkLocal', 'RFC 4291'),
  block('ff00::/8', 'multicast', 'RFC 4291'),
];

const GLOBAL_UNICAST = reachableBlock('2000::/3', 'global unicast', 'RFC 4291');

/**
 * Why `address` is not a globally reachable unicast address, e.g. "192.168.1.1 is private
 * (192.168.0.0/16, RFC 1918)"; null when it is one. Not an address at all is `notAnAddress`.
 */
export function nonPublicReason(input: string): string | null {
  const t = messages.get();
  const address = input.trim();
  const words = ipWords(address);
  if (!words) return t.notAnAddress;
  const registry = words.length === 2 ? IPV4_REGISTRY : IPV6_REGISTRY;
  const entry = registry.find((e) => inBlock(words, e));
  if (entry?.reachable) return null;
  if (entry?.label)
    return t.isSpecial({ address, label: t[entry.label], block: entry.block, rfc: entry.rfc });
  if (words.length === 8 && !inBlock(words, GLOBAL_UNICAST)) return t.outsideGlobalUnicast({ address });
  return null;
}

export function isPublicIp(s: string): boolean {
  return nonPublicReason(s) === null;
}

/** Blocking: the docs ask for a "public remote ipv4 or ipv6 address". The refusal says why. */
export const publicIpAddress = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const reason = nonPublicReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  })
  // Lower-case hex is the canonical IPv6 text form (RFC 5952); IPv4 is unaffected.
  .transform((value) => value.toLowerCase());
