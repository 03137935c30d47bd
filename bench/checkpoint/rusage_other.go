//go:build !unix

package checkpointbench

import "time"

// selfCPU is unavailable here: CPU-time columns read 0.
func selfCPU() time.Duration { return 0 }
