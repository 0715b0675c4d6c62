package web

import (
	"context"
	"net"
	"net/netip"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		name  string
		addr  string
		allow bool
		kind  string // "" when the address may be fetched
	}{
		{"a public IPv4 address is fetched", "93.184.216.34", false, ""},
		{"10.0.0.0 starts the 10/8 block", "10.0.0.0", false, "private"},
		{"10.255.255.255 ends the 10/8 block", "10.255.255.255", false, "private"},
		{"11.0.0.0 is past 10/8", "11.0.0.0", false, ""},
		{"172.15.255.255 is below 172.16/12", "172.15.255.255", false, ""},
		{"172.16.0.0 starts 172.16/12", "172.16.0.0", false, "private"},
		{"172.31.255.255 ends 172.16/12", "172.31.255.255", false, "private"},
		{"172.32.0.0 is past 172.16/12", "172.32.0.0", false, ""},
		{"192.168.0.1 is private", "192.168.0.1", false, "private"},
		{"169.254.0.1 is link-local", "169.254.0.1", false, "link-local"},
		{"169.254.169.254 is the metadata address", "169.254.169.254", false, "cloud metadata"},
		{"100.64.0.0 starts carrier-grade NAT", "100.64.0.0", false, "carrier-grade NAT"},
		{"100.127.255.255 ends carrier-grade NAT", "100.127.255.255", false, "carrier-grade NAT"},
		{"100.128.0.0 is past carrier-grade NAT", "100.128.0.0", false, ""},
		{"127.1.2.3 is loopback", "127.1.2.3", false, "loopback"},
		{"0.0.0.0 is unspecified", "0.0.0.0", true, "unspecified"},
		{"255.255.255.255 is reserved", "255.255.255.255", true, "reserved"},
		{"fc00::1 is unique-local", "fc00::1", false, "unique-local"},
		{"fdff:ffff::1 is unique-local", "fdff:ffff::1", false, "unique-local"},
		{"fe80::1%eth0 is link-local", "fe80::1%eth0", false, "link-local"},
		{"ff02::1 is multicast", "ff02::1", true, "multicast"},
		{"a public IPv6 address is fetched", "2606:4700::1111", false, ""},
		{"::ffff:192.168.0.1 is an IPv4-mapped private address", "::ffff:192.168.0.1", false, "IPv4-embedded private"},
		{"::ffff:169.254.169.254 is the mapped metadata address", "::ffff:169.254.169.254", true, "IPv4-embedded cloud metadata"},
		{"::ffff:8.8.8.8 is a mapped public address", "::ffff:8.8.8.8", false, ""},
		{"::127.0.0.1 is an IPv4-compatible loopback address", "::127.0.0.1", false, "IPv4-embedded loopback"},
		{"fd00:ec2::254 is the AWS IPv6 metadata address", "fd00:ec2::254", true, "cloud metadata"},
		{"AllowPrivate lets 10.0.0.1 through", "10.0.0.1", true, ""},
		{"AllowPrivate lets fc00::1 through", "fc00::1", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := CheckAddr(netip.MustParseAddr(tt.addr), tt.allow)
			switch {
			case tt.kind == "" && r != nil:
				t.Errorf("refused: %v", r)
			case tt.kind != "" && r == nil:
				t.Errorf("allowed, want %s", tt.kind)
			case r != nil && r.Kind != tt.kind:
				t.Errorf("kind = %q, want %q", r.Kind, tt.kind)
			}
		})
	}
}

// FuzzGuard checks URL validation and the dial-time guard together: whatever
// the URL and whatever the resolver answers, the dialer is reached only with
// an address CheckAddr accepts, and errors are valid UTF-8.
func FuzzGuard(f *testing.F) {
	f.Add("http://news.example/", []byte(netip.MustParseAddr("93.184.216.34").AsSlice()), false)
	f.Add("http://127.0.0.1:8080/", []byte{127, 0, 0, 1}, false)
	f.Add("https://[::ffff:10.0.0.1]/", []byte(netip.MustParseAddr("::ffff:10.0.0.1").AsSlice()), true)
	f.Add("file:///etc/passwd", []byte{10, 0, 0, 1}, false)
	f.Fuzz(func(t *testing.T, raw string, ip []byte, allow bool) {
		u, err := CheckURL(raw)
		if err != nil {
			if !utf8.ValidString(err.Error()) {
				t.Errorf("error not valid UTF-8: %q", err)
			}
			return
		}
		if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
			t.Fatalf("CheckURL(%q) accepted scheme %q", raw, u.Scheme)
		}
		if u.Hostname() == "" || u.User != nil {
			t.Fatalf("CheckURL(%q) accepted %+v", raw, u)
		}
		answer, ok := netip.AddrFromSlice(ip)
		if !ok {
			return
		}
		res := &stubResolver{next: func(string) []string { return []string{answer.String()} }}
		var dialed []string
		fe := &Fetcher{AllowPrivate: allow, Resolver: res, Dialer: dialFunc(func(addr string) {
			dialed = append(dialed, addr)
		})}
		port := u.Port()
		if port == "" {
			port = "80"
		}
		_, _ = fe.dial(context.Background(), "tcp", net.JoinHostPort(u.Hostname(), port))
		for _, a := range dialed {
			ap, err := netip.ParseAddrPort(a)
			if err != nil {
				t.Fatalf("dialed %q, not ip:port", a)
			}
			if r := CheckAddr(ap.Addr(), allow); r != nil {
				t.Fatalf("dialed %s, which CheckAddr refuses: %v", a, r)
			}
		}
		// An IPv4-mapped address is judged as the IPv4 address it maps.
		if answer.Is4In6() {
			if (CheckAddr(answer, allow) == nil) != (CheckAddr(answer.Unmap(), allow) == nil) {
				t.Errorf("%s and %s judged differently", answer, answer.Unmap())
			}
		}
	})
}

// dialFunc is a Dialer that records the address and never connects.
type dialFunc func(addr string)

func (d dialFunc) DialContext(_ context.Context, _, addr string) (net.Conn, error) {
	d(addr)
	return nil, &net.OpError{Op: "dial", Err: errNoNetwork}
}

var errNoNetwork = &net.AddrError{Err: "no network in fuzz tests"}
