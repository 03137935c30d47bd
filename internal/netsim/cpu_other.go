//go:build !unix

package netsim

import "time"

// processCPU is unknown here: CPU figures read zero (wall times still count).
func processCPU() time.Duration { return 0 }
