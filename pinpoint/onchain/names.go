package onchain

import (
	"strconv"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
)

// The words the commands and the console show for the contracts' enums, in their
// order (TaskMarketStatus, PinpointGame's phases, levels and results); a value past
// the list (a newer contract) reads "#n".
var (
	statusNames = []string{"none", "open", "claimed", "committed", "disputed", "finalized", "failed", "cancelled"}
	phaseNames  = []string{"none", "commit steps", "reveal", "pick", "commit graph", "open node", "open trace", "defend step", "defend assembly", "done", "operand check"}
	levelNames  = []string{"steps", "graph", "assembly", "tensor", "trace"}
	resultNames = []string{"pending", "solver won", "challenger won"}
)

// StatusName is a task status in words ("committed").
func StatusName(s uint8) string { return nameOf(statusNames, s) }

// PhaseName is a game phase in words ("defend step").
func PhaseName(p uint8) string { return nameOf(phaseNames, p) }

// LevelName is a game level in words ("trace").
func LevelName(l uint8) string { return nameOf(levelNames, l) }

// ResultName is a game result in words ("challenger won").
func ResultName(r uint8) string { return nameOf(resultNames, r) }

func nameOf(names []string, i uint8) string {
	if int(i) < len(names) {
		return names[i]
	}
	return "#" + strconv.Itoa(int(i))
}

// Turn is whose move game state gs waits for ("solver" or "challenger") and the last
// second of that party's clock; "" and 0 once the game is over.
func Turn(gs pinpointgame.PinpointGameView) (who string, deadline uint64) {
	if gs.Result != 0 {
		return "", 0
	}
	if gs.SolverTurn {
		return "solver", gs.LastMove + gs.ClockSolver
	}
	return "challenger", gs.LastMove + gs.ClockChallenger
}
