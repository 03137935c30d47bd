package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/contracts/chain"
)

// keyResult is what `veritrain key new --json` prints.
type keyResult struct {
	Key     string `json:"key"`
	Address string `json:"address"`
}

func newKeyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "key",
		Short: "Make an account key, print a key's address, fund addresses on a dev chain",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var asJSON bool
	newCmd := &cobra.Command{
		Use:   "new",
		Short: "Make a new private key: its hex on stdout (what --key takes), its address on stderr",
		Long: "Make a new secp256k1 private key from the system's random source and print it in hex on\n" +
			"stdout, as --key and VERITRAIN_KEY take it, and its address on stderr (--json: both on\n" +
			"stdout). Nothing is stored: keep the key secret and somewhere safe. The account needs\n" +
			"ether before it can deploy, post, stake or bond (on a dev chain: send it some from the\n" +
			"dev account, as the README's quick start does).",
		Example: "  KEY=$(veritrain key new)\n  veritrain key address $KEY",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			res := keyResult{Key: hex.EncodeToString(crypto.FromECDSA(k)), Address: crypto.PubkeyToAddress(k.PublicKey).Hex()}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			fmt.Fprintln(cmd.OutOrStdout(), res.Key)
			fmt.Fprintln(cmd.ErrOrStderr(), "address", res.Address)
			return nil
		},
	}
	newCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object with the key and its address")
	var key string
	addrCmd := &cobra.Command{
		Use:   "address [KEY]",
		Short: "Print the address of a private key (the argument, else --key)",
		Example: "  veritrain key address $KEY\n" +
			"  VERITRAIN_KEY=$KEY veritrain key address",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			if len(args) == 1 {
				if cmd.Flags().Changed("key") {
					return usageError{fmt.Errorf("a key as argument and --key: give one")}
				}
				key = args[0]
			}
			k, err := parseKey(key)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), crypto.PubkeyToAddress(k.PublicKey).Hex())
			return nil
		},
	}
	addrCmd.Flags().StringVar(&key, "key", "", "hex private key (or env VERITRAIN_KEY)")
	addEnv(addrCmd)
	cmd.AddCommand(newCmd, addrCmd, newKeyFundCmd())
	return cmd
}

// fundWait bounds how long `key fund` waits for its transfers to be sealed.
const fundWait = 2 * time.Minute

func newKeyFundCmd() *cobra.Command {
	var rf rpcFlags
	var amount string
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "fund ADDRESS...",
		Short: "Send ether to addresses from the node's own unlocked account (a geth --dev node's dev account)",
		Long: "Send --ether to each address from the first account the node itself holds unlocked (a\n" +
			"`geth --dev` node's pre-funded dev account), then wait until every transfer is sealed. A\n" +
			"node that does not answer yet (one just started) is asked again for up to --wait. For dev\n" +
			"chains only: on a testnet, fund an address from a wallet or a faucet.",
		Example: "  veritrain key fund --rpc http://127.0.0.1:8545 $(veritrain key address $KEY) --ether 100",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			var to []common.Address
			for _, a := range args {
				if !common.IsHexAddress(a) {
					return usageError{fmt.Errorf("%q is not an address (0x and 40 hex digits; veritrain key address KEY prints a key's)", a)}
				}
				to = append(to, common.HexToAddress(a))
			}
			wei, err := parseEther(amount, "ether")
			if err != nil {
				return err
			}
			if wei.Sign() == 0 {
				return usageError{errors.New("--ether 0: nothing to send")}
			}
			b, err := rf.dial(cmd.Context())
			if err != nil {
				return err
			}
			defer b.Close()
			ctx, cancel := context.WithTimeout(cmd.Context(), fundWait)
			defer cancel()
			// a node just started in the background may not listen yet
			for start := time.Now(); ; {
				_, err := b.ChainID(ctx)
				if err == nil {
					break
				}
				if time.Since(start) >= wait {
					return err
				}
				select {
				case <-ctx.Done():
					return err
				case <-time.After(500 * time.Millisecond):
				}
			}
			raw := b.c.Client()
			devs, err := do(ctx, b, "eth_accounts", func(ctx context.Context) (devs []common.Address, err error) {
				return devs, raw.CallContext(ctx, &devs, "eth_accounts")
			})
			if err != nil {
				return err
			}
			if len(devs) == 0 {
				return fmt.Errorf("the node at %s holds no unlocked account to send from (a `geth --dev` node holds its dev account): "+
					"send ether to %s from a wallet or a faucet", rf.url, args[0])
			}
			// number the transfers here: a node filling the nonce from its pending state
			// races with a dev miner sealing the previous one
			nonce, err := do(ctx, b, "eth_getTransactionCount", func(ctx context.Context) (n hexutil.Uint64, err error) {
				return n, raw.CallContext(ctx, &n, "eth_getTransactionCount", devs[0], "pending")
			})
			if err != nil {
				return err
			}
			hashes := make([]common.Hash, len(to))
			for i, a := range to {
				tx := map[string]any{"from": devs[0], "to": a, "value": (*hexutil.Big)(wei), "nonce": nonce + hexutil.Uint64(i)}
				if hashes[i], err = do(ctx, b, "eth_sendTransaction", func(ctx context.Context) (h common.Hash, err error) {
					return h, raw.CallContext(ctx, &h, "eth_sendTransaction", tx)
				}); err != nil {
					return fmt.Errorf("fund %s: %w", a.Hex(), err)
				}
			}
			for i, h := range hashes {
				if _, err := chain.WaitMinedHash(ctx, b, h); err != nil {
					return fmt.Errorf("fund %s: %w (does the node seal blocks? `geth --dev --dev.period 1` seals one a second)", to[i].Hex(), err)
				}
				bal, err := b.BalanceAt(ctx, to[i], nil)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: sent %s ETH from %s, balance %s ETH\n", to[i].Hex(), amount, devs[0].Hex(), ether(bal))
			}
			return nil
		},
	}
	rf.add(cmd)
	cmd.Flags().StringVar(&amount, "ether", "100", "ether sent to each address")
	cmd.Flags().DurationVar(&wait, "wait", 30*time.Second, "how long to keep asking a node that does not answer yet")
	addEnv(cmd)
	return cmd
}
