package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/netsim"
)

// deployConfig is one `veritrain deploy`.
type deployConfig struct {
	fanoutBits     uint8
	unbondingDelay uint64
	treasury       string // "": the deployer
	winnerShareBps uint16
	elementJudge   string // "": no element judge (disputes are bisected to the one-step check)
}

// deployResult is what `veritrain deploy` prints.
type deployResult struct {
	Market string `json:"market"`
	Game   string `json:"game"`
	// Kernels is the game's kernel registry (PinpointKernels), owned by the deployer:
	// chain.RegisterKernels adds kernels to it, for the tasks posted after.
	Kernels  string `json:"kernels"`
	Deployer string `json:"deployer"`
	Treasury string `json:"treasury"`
	// ElementJudge is the game's ZkElementJudge, fixed for the game's life ("": none).
	ElementJudge string `json:"element_judge,omitempty"`
	ChainID      string `json:"chain_id"`
	Gas          uint64 `json:"gas_used"` // the game's and the market's deployments (not the deriver's or the registry's)
}

// deployMarket deploys the pinpoint game (with its shapes deriver and kernel registry)
// and a TaskMarket using it, from account `from` of c.
func deployMarket(ctx context.Context, c chain.Chain, from int, cfg deployConfig) (*deployResult, error) {
	treasury := c.Accounts()[from].Address
	if cfg.treasury != "" {
		treasury = common.HexToAddress(cfg.treasury)
	}
	var judge common.Address
	if cfg.elementJudge != "" {
		judge = common.HexToAddress(cfg.elementJudge)
	}
	gameAt, marketAt, gas, err := netsim.Deploy(ctx, c, from, netsim.Contracts{FanoutBits: cfg.fanoutBits, ElementJudge: judge,
		UnbondingDelay: cfg.unbondingDelay, Treasury: treasury, WinnerShareBps: cfg.winnerShareBps})
	if err != nil {
		return nil, err
	}
	kernels, err := chain.GameKernels(ctx, c, gameAt)
	if err != nil {
		return nil, err
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	res := &deployResult{Market: marketAt.Hex(), Game: gameAt.Hex(), Kernels: kernels.Hex(), Deployer: c.Accounts()[from].Address.Hex(),
		Treasury: treasury.Hex(), ChainID: id.String(), Gas: gas}
	if judge != (common.Address{}) {
		res.ElementJudge = judge.Hex()
	}
	return res, nil
}

func newDeployCmd() *cobra.Command {
	var rf rpcFlags
	var key string
	var cfg deployConfig
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the contracts (pinpoint game and task market) and print the market's address",
		Long: "Deploy a PinpointGame (with the PinpointShapesDeriver and the PinpointKernels registry it\n" +
			"needs; the key's account owns the registry) and a TaskMarket that uses it, from the key's\n" +
			"account. The market's address is what --market takes in every other command. For dev\n" +
			"chains and testnets; the defaults are the demo's.",
		Example: "  veritrain deploy --rpc http://127.0.0.1:8545 --key $KEY --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ctx := cmd.Context()
			if err := rf.check(); err != nil {
				return err
			}
			if cfg.treasury != "" && !common.IsHexAddress(cfg.treasury) {
				return usageError{fmt.Errorf("--treasury %q is not an address", cfg.treasury)}
			}
			if cfg.elementJudge != "" && !common.IsHexAddress(cfg.elementJudge) {
				return usageError{fmt.Errorf("--element-judge %q is not an address", cfg.elementJudge)}
			}
			if cfg.winnerShareBps > 10000 {
				return usageError{fmt.Errorf("--winner-share-bps %d: at most 10000", cfg.winnerShareBps)}
			}
			k, err := parseKey(key)
			if err != nil {
				return err
			}
			b, err := rf.dial(ctx)
			if err != nil {
				return err
			}
			c := &rpcChain{rpcBackend: b, accounts: []chain.Account{{Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}}}
			defer c.Close()
			if _, err := c.ChainID(ctx); err != nil { // the endpoint answers before anything is sent
				return err
			}
			res, err := deployMarket(ctx, c, 0, cfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			fmt.Fprintln(cmd.OutOrStdout(), res.Market)
			return nil
		},
	}
	rf.add(cmd)
	cmd.Flags().StringVar(&key, "key", "", "hex private key of the deploying account (or env VERITRAIN_KEY)")
	addEnv(cmd)
	cmd.Flags().Uint8Var(&cfg.fanoutBits, "fanout-bits", 4, "bits the dispute game descends per move (fan-out 2^bits)")
	cmd.Flags().Uint64Var(&cfg.unbondingDelay, "unbonding-delay", 3*24*3600, "seconds a withdrawal waits")
	cmd.Flags().StringVar(&cfg.treasury, "treasury", "", "address that receives the slashed share not paid to the winner (default: the deployer)")
	cmd.Flags().Uint16Var(&cfg.winnerShareBps, "winner-share-bps", 5000, "share of a slashed stake paid to the winner, in basis points")
	cmd.Flags().StringVar(&cfg.elementJudge, "element-judge", "", "a deployed ZkElementJudge the game uses for element proofs, fixed for the game's life (default: none, disputes are bisected)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line (default: the market address only)")
	return cmd
}
