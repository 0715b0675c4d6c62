package web

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// addrClass is why an address is refused.
type addrClass struct {
	prefix netip.Prefix
	kind   string
	// private classes may be fetched with AllowPrivate; the others never.
	private bool
}

func mustPrefix(s string) netip.Prefix { return netip.MustParsePrefix(s) }

// metadata are the cloud instance-metadata endpoints. They hand out
// credentials to whoever asks from inside the instance, so they are refused
// even with AllowPrivate. Azure's wire server is a public address, which is
// why ranges alone do not cover this list.
var metadata = []netip.Addr{
	netip.MustParseAddr("169.254.169.254"), // AWS, GCP, Azure, OpenStack, DigitalOcean
	netip.MustParseAddr("169.254.170.2"),   // AWS ECS task metadata
	netip.MustParseAddr("168.63.129.16"),   // Azure wire server
	netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud
	netip.MustParseAddr("192.0.0.192"),     // Oracle Cloud
	netip.MustParseAddr("fd00:ec2::254"),   // AWS over IPv6
}

// classes lists refused ranges; the first match names the reason.
var classes = []addrClass{
	{mustPrefix("0.0.0.0/8"), "unspecified", false},
	{mustPrefix("127.0.0.0/8"), "loopback", true},
	{mustPrefix("10.0.0.0/8"), "private", true},
	{mustPrefix("172.16.0.0/12"), "private", true},
	{mustPrefix("192.168.0.0/16"), "private", true},
	{mustPrefix("100.64.0.0/10"), "carrier-grade NAT", true},
	{mustPrefix("169.254.0.0/16"), "link-local", true},
	{mustPrefix("192.0.0.0/24"), "reserved", false},
	{mustPrefix("198.18.0.0/15"), "benchmarking", false},
	{mustPrefix("224.0.0.0/4"), "multicast", false},
	{mustPrefix("240.0.0.0/4"), "reserved", false},
	{mustPrefix("::/128"), "unspecified", false},
	{mustPrefix("::1/128"), "loopback", true},
	{mustPrefix("fe80::/10"), "link-local", true},
	{mustPrefix("fec0::/10"), "site-local", true},
	{mustPrefix("fc00::/7"), "unique-local", true},
	{mustPrefix("ff00::/8"), "multicast", false},
}

// Refusal says why an address may not be fetched.
type Refusal struct {
	// Addr is the refused address; Host is the name that resolved to it,
	// or "" when the URL gave the address itself.
	Addr netip.Addr
	Host string
	// Kind is "loopback", "private", "link-local", "cloud metadata", …
	Kind string
	// Private is true when AllowPrivate would have let the address through.
	Private bool
}

func (r *Refusal) Error() string {
	article := "a"
	if strings.IndexByte("aeiouAEIOU", r.Kind[0]) >= 0 && !strings.HasPrefix(r.Kind, "uni") {
		article = "an"
	}
	var s string
	if r.Host != "" && r.Host != r.Addr.String() {
		s = fmt.Sprintf("%s resolves to %s, %s %s address", r.Host, r.Addr, article, r.Kind)
	} else {
		s = fmt.Sprintf("%s is %s %s address", r.Addr, article, r.Kind)
	}
	if r.Private {
		s += " (use --allow-private)"
	}
	return s
}

// CheckAddr returns a *Refusal when ip may not be fetched: loopback, private,
// link-local, unique-local, carrier-grade NAT, unspecified, multicast and
// reserved addresses, the cloud metadata endpoints, and IPv6 forms that embed
// such an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4). With
// allowPrivate, only the first group is let through; metadata, unspecified,
// multicast and reserved addresses are always refused.
func CheckAddr(ip netip.Addr, allowPrivate bool) *Refusal {
	r := classify(ip.WithZone(""))
	if r == nil || (allowPrivate && r.Private) {
		return nil
	}
	r.Addr = ip
	return r
}

func classify(ip netip.Addr) *Refusal {
	if !ip.IsValid() {
		return &Refusal{Kind: "invalid"}
	}
	for _, m := range metadata {
		if ip == m {
			return &Refusal{Kind: "cloud metadata"}
		}
	}
	if v4, ok := embeddedV4(ip); ok {
		if r := classify(v4); r != nil {
			r.Kind = "IPv4-embedded " + r.Kind
			return r
		}
		return nil
	}
	for _, c := range classes {
		if c.prefix.Contains(ip) {
			return &Refusal{Kind: c.kind, Private: c.private}
		}
	}
	return nil
}

var (
	nat64     = mustPrefix("64:ff9b::/96")
	nat64l    = mustPrefix("64:ff9b:1::/48")
	sixToFour = mustPrefix("2002::/16")
	compat    = mustPrefix("::/96")
)

// embeddedV4 returns the IPv4 address an IPv6 address carries, for the forms
// that a host or gateway routes to that IPv4 address.
func embeddedV4(ip netip.Addr) (netip.Addr, bool) {
	if !ip.Is6() {
		return netip.Addr{}, false
	}
	if ip.Is4In6() {
		return ip.Unmap(), true
	}
	b := ip.As16()
	switch {
	case nat64.Contains(ip), nat64l.Contains(ip):
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), true
	case sixToFour.Contains(ip):
		return netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), true
	case compat.Contains(ip) && ip != netip.IPv6Unspecified() && ip != netip.IPv6Loopback():
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), true
	}
	return netip.Addr{}, false
}

// CheckURL parses raw and refuses what the fetcher never requests: schemes
// other than http and https, URLs without a host, and URLs with user
// credentials, which would be sent to whoever the name points at. Addresses
// are checked later, at dial time, after DNS resolution.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "invalid URL: %v", err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return nil, chronicle.Errorf(chronicle.EINVALID, "URL %q has no scheme (want http or https)", raw)
	default:
		return nil, chronicle.Errorf(chronicle.EINVALID, "URL scheme %q is not supported (want http or https)", u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "URL %q has no host", raw)
	}
	if u.User != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "URL %q carries a user name or password; refusing to send credentials", u.Redacted())
	}
	return u, nil
}
