package daemon

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// ErrPrivateAddress: a connection to an address that is not public (loopback,
// link-local, private, unspecified, multicast), refused unless the dev flag allows it.
// A URL announced on chain is anyone's choice: followed blindly it would make a daemon
// probe its own host or network (a metadata service, an admin port).
var ErrPrivateAddress = errors.New("address is not public (loopback, link-local, private, unspecified or multicast)")

// sharedNet (RFC 6598, carrier-grade NAT) and thisNet (0.0.0.0/8) are not public
// either, though net/netip has no predicate for them.
var (
	sharedNet = netip.MustParsePrefix("100.64.0.0/10")
	thisNet   = netip.MustParsePrefix("0.0.0.0/8")
)

// CheckPublic is nil when ip is a public unicast address.
func CheckPublic(ip netip.Addr) error {
	ip = ip.Unmap() // ::ffff:127.0.0.1 is loopback too
	if !ip.IsValid() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsPrivate() || ip.IsUnspecified() ||
		sharedNet.Contains(ip) || thisNet.Contains(ip) {
		return fmt.Errorf("%w: %v", ErrPrivateAddress, ip)
	}
	return nil
}

// publicOnly is a net.Dialer Control: it runs after name resolution, on the very
// address being connected to, so a name that resolves to a public address when checked
// and a private one when dialled (DNS rebinding) is still refused.
func publicOnly(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrPrivateAddress, address, err)
	}
	return CheckPublic(ap.Addr())
}

// Dialer is a dialer that refuses non-public addresses unless allowPrivate.
func Dialer(allowPrivate bool) *net.Dialer {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = publicOnly
	}
	return d
}

// HTTPClient is the client a daemon fetches announced URLs with: its dialer refuses
// non-public addresses unless allowPrivate (a dev flag: a local demo serves on
// 127.0.0.1). No proxy: through a proxy, the check would see the proxy's address.
// timeout bounds a whole request (0: none; callers bound their attempts).
func HTTPClient(allowPrivate bool, timeout time.Duration) *http.Client {
	return &http.Client{Timeout: timeout, Transport: &http.Transport{
		Proxy:                 nil,
		DialContext:           Dialer(allowPrivate).DialContext,
		ResponseHeaderTimeout: 30 * time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   4,
		TLSHandshakeTimeout:   10 * time.Second,
	}}
}
