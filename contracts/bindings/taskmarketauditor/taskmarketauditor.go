// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package taskmarketauditor

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TaskMarketChallenge is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketChallenge struct {
	Segment    uint64
	Start      [32]byte
	StartProof [][32]byte
	End        [32]byte
	EndProof   [][32]byte
}

// TaskMarketChunkOpening is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketChunkOpening struct {
	HeaderHash [32]byte
	Leaf       [32]byte
	DataPath   [][32]byte
	StatePath  [][32]byte
	Header     []byte
	DataRoot   [32]byte
}

// TaskMarketDecoyOpening is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketDecoyOpening struct {
	TensorIndex *big.Int
	HeaderHash  [32]byte
	Element     *big.Int
	Leaf        [32]byte
	DataPath    [][32]byte
	StatePath   [][32]byte
}

// TaskMarketAuditorMetaData contains all meta data concerning the TaskMarketAuditor contract.
var TaskMarketAuditorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"BadTrace\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"ClaimHashExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LazyAttestation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChunkRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"ChunksAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"TraceLeaves\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTEST_BOUNTY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHUNKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_DRAW_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketChunkOpening[]\",\"name\":\"o\",\"type\":\"tuple[]\"}],\"name\":\"answerChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"}],\"name\":\"requestChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketDecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarketAuditor",
	Bin: "0x6101006040526001600855348015610015575f5ffd5b5060405161424b38038061424b833981016040819052610034916100c4565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e0525061013195505050505050565b6001600160a01b03811681146100c1575f5ffd5b50565b5f5f5f5f608085870312156100d7575f5ffd5b84516100e2816100ad565b60208601519094506001600160401b03811681146100fe575f5ffd5b604086015190935061010f816100ad565b606086015190925061ffff81168114610126575f5ffd5b939692955090935050565b60805160a05160c05160e0516140bd61018e5f395f818161049d01528181610a0b01528181611348015261147801525f81816104420152612b9901525f81816103470152612c1601525f81816105860152611dc501526140bd5ff3fe6080604052600436106101c5575f3560e01c8063833b15ca116100f2578063c3fe3e2811610092578063ced4cd2e11610062578063ced4cd2e14610515578063d0e30db01461056d578063db7dd35a14610575578063f43cc773146105a8575f5ffd5b8063c3fe3e281461048c578063c89e9d4a146102f8578063c9b5bb17146104bf578063cbf9fe5f146104ea575f5ffd5b8063a3d89844116100cd578063a3d89844146103fd578063a5394c0a14610412578063ac9380d614610431578063b6cb58a514610477575f5ffd5b8063833b15ca146103a057806387679f8e146103bf5780639ee679e8146103de575f5ffd5b80634029c438116101685780635689141211610138578063568914121461030d5780635ed253461461032257806361d027b31461033657806370c04d8014610381575f5ffd5b80634029c438146102a5578063461c8cb7146102c45780634a1d0eed146102e357806352d63ff4146102f8575f5ffd5b80632ef3dbf5116101a35780632ef3dbf51461023b578063333e44e614610267578063350fd0be1461027c5780633ccfd60b14610291575f5ffd5b806317e85926146101c95780631af7453d146101ea57806323d9f2bb1461021c575b5f5ffd5b3480156101d4575f5ffd5b506101e86101e3366004613877565b6105bc565b005b3480156101f5575f5ffd5b506102096102043660046138ad565b610767565b6040519081526020015b60405180910390f35b348015610227575f5ffd5b506101e861023636600461394c565b610b02565b348015610246575f5ffd5b5061024f600481565b6040516001600160401b039091168152602001610213565b348015610272575f5ffd5b5061020960035481565b348015610287575f5ffd5b5061020960055481565b34801561029c575f5ffd5b506101e8610dd6565b3480156102b0575f5ffd5b506101e86102bf366004613993565b610f32565b3480156102cf575f5ffd5b506101e86102de366004613a13565b6112d0565b3480156102ee575f5ffd5b5061020960075481565b348015610303575f5ffd5b506102096103e881565b348015610318575f5ffd5b5061020960045481565b34801561032d575f5ffd5b50610209601081565b348015610341575f5ffd5b506103697f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610213565b34801561038c575f5ffd5b506101e861039b366004613a3d565b611686565b3480156103ab575f5ffd5b506101e86103ba366004613ab4565b6118fa565b3480156103ca575f5ffd5b506101e86103d9366004613add565b611b23565b3480156103e9575f5ffd5b506101e86103f8366004613add565b611d6e565b348015610408575f5ffd5b5061020960065481565b34801561041d575f5ffd5b506101e861042c366004613af4565b611e75565b34801561043c575f5ffd5b506104647f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610213565b348015610482575f5ffd5b5061020960095481565b348015610497575f5ffd5b506103697f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ca575f5ffd5b506102096104d9366004613b49565b5f6020819052908152604090205481565b3480156104f5575f5ffd5b50610209610504366004613b49565b60016020525f908152604090205481565b348015610520575f5ffd5b5061055061052f366004613b49565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610213565b6101e8612322565b348015610580575f5ffd5b5061024f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105b3575f5ffd5b506102096123b4565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff1660058111156105f4576105f4613b62565b14610621578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b60405180910390fd5b6008820154600160401b90046001600160401b031642111561066d5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610618565b805461068a90600160481b90046001600160401b03166001613bb0565b61069690610100613bb0565b4311156106eb5780546106ba90600160481b90046001600160401b03166001613bc3565b6106c690610100613bc3565b60405163734e2b7960e01b81526001600160401b039091166004820152602401610618565b5f6106f685336123f1565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a602052604081206003600d82015460ff16600781111561078f5761078f613b62565b141580156107b657506004600d82015460ff1660078111156107b3576107b3613b62565b14155b801561082357506006600d82015460ff1660078111156107d8576107d8613b62565b141580156107ff57506005600d82015460ff1660078111156107fc576107fc613b62565b14155b8061082357505f858152600b60205260409020601201546001600160401b03164210155b1561084a57600d810154604051630d64047360e21b81526106189160ff1690600401613be2565b5f858152600b602052604090206009015460ff1661087b57604051630bb55aad60e41b815260040160405180910390fd5b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff1660058111156108b4576108b4613b62565b146108d8578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b6001600160a01b03851633036109015760405163706cd38160e01b815260040160405180910390fd5b5f868152600b60205260409020610918908261251d565b156109365760405163e5fa050160e01b815260040160405180910390fd5b5f868152600b6020526040902061094d908261256c565b1561096b57604051631b57bab360e01b815260040160405180910390fd5b805461010090046001600160401b03166109886020860186613c0c565b6001600160401b03161415806109a657508060020154846060013514155b156109c457604051637ca55c7760e01b815260040160405180910390fd5b6109cf8683866125bc565b6109e033836006016001015461268c565b805460ff19166004178155600381018054336001600160a01b03199091161790556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663c7b5c95d610a518488610a4260208a018a613c0c565b89602001358a60600135612715565b6040518263ffffffff1660e01b8152600401610a6d9190613c25565b6020604051808303815f875af1158015610a89573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aad9190613d09565b6004820181905560405181815290935033906001600160a01b0387169088907f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c9060200160405180910390a450509392505050565b5f838152600a602052604090206003600d82015460ff166007811115610b2a57610b2a613b62565b14158015610b5157506004600d82015460ff166007811115610b4e57610b4e613b62565b14155b15610b7857600d810154604051630d64047360e21b81526106189160ff1690600401613be2565b60098101546001600160a01b03163314610ba5576040516331511a2160e21b815260040160405180910390fd5b811580610bb25750601082115b15610bd05760405163a7efde2760e01b815260040160405180910390fd5b600d810154600160481b90046001600160401b031615801590610c075750600d810154600160481b90046001600160401b03164210155b15610c3c57600d8101546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610618565b5f5b82811015610cc85760058201546001600160a01b90910460ff161b6020858584818110610c6d57610c6d613d20565b9050602002016020810190610c829190613c0c565b6001600160401b0316901c6001610c999190613bc3565b6001600160401b031610610cc05760405163a7efde2760e01b815260040160405180910390fd5b600101610c3e565b505f848152600e6020526040902060018101546001600160401b031615610d1357600181015460405163e39c431360e01b81526001600160401b039091166004820152602401610618565b610d2433836006016001015461268c565b8383604051602001610d37929190613d7a565b60408051808303601f19018152919052805160209091012081556008820154610d7090600160c01b90046001600160401b031642613bc3565b60018201805467ffffffffffffffff19166001600160401b0392909216918217905560405186917ff3ff6e5e62e2056b4fc9d7562aa12e5f7e257bbad586f180c0f9648239e51a0f91610dc7918891889190613d95565b60405180910390a25050505050565b600854600114610df95760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f9081526020919091526040812080549091819003610e3357604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b0316421015610e7257600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610618565b5f80835560058054839290610e88908490613dc1565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610f01576040519150601f19603f3d011682016040523d82523d5f602084013e610f06565b606091505b5050905080610f28576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f610f3e866003612844565b5f878152600b60205260409020600a820154919250906001600160a01b03163314610f7c5760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f03610fac576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff1615610fd2576040516375dde69b60e01b815260040160405180910390fd5b60128201545f03610ff657604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161104157600881015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610618565b6008810154600160c01b90046001600160401b031642111561108d5760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b03166004820152602401610618565b600681015460408051602081018990520160405160208183030381529060405280519060200120146110d25760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f9081906111059089908b6110fa816128a3565b875461ffff166128d1565b91509150811561120b5761111d8989838a8a8a612971565b5f898152600d602081815260408084209287015481516001600160401b0387168185015280830191909152815180820383018152606090910182528051908301208452919052812054600e8501805467ffffffff00000000191663ffffffff9092166401000000008102929092179055600385015460028601549192916111a49190612ace565b905063ffffffff8216158015906111ba57508015155b15611208575f6111d063ffffffff841683613de8565b600f870181905590506111e963ffffffff841682613dfb565b601087015561120661120163ffffffff851683613dfb565b612b17565b505b50505b600884015461122a90600160801b90046001600160401b031642613bc3565b600d8501805470ffffffffffffffff0000000000000000001916600160481b6001600160401b03938416021790556010850154600e850154600f8601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f828152600c602090815260408083206001600160a01b038516845290915290206004815460ff16600581111561130957611309613b62565b1461132d578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b600481810154604051633c59405960e01b8152918201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015611395573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b99190613e12565b90505f8160028111156113ce576113ce613b62565b036113ec576040516347ca30d160e11b815260040160405180910390fd5b5f848152600a60209081526040808320600b9092529091206003840180546001600160a01b031981169091556001600160a01b0316600184600281111561143557611435613b62565b036115985761144c81846006016001015488612b48565b845460ff19166003178555600480860154604051636892247560e11b8152918201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d12448ea90602401602060405180830381865afa1580156114bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e19190613e30565b156115445760088301545f9061150790600160801b90046001600160401b031642613bc3565b60128401549091506001600160401b0390811690821611156115425760128301805467ffffffffffffffff19166001600160401b0383161790555b505b600485015460408051918252600160208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a350505050505050565b6115a9818460060160010154612cc6565b60018201546115d28782846127106115c36103e884613dfb565b6115cd9190613de8565b612d89565b855460ff191660051786556115e78387612ec2565b60098401546116009084906001600160a01b0316612f4d565b6004860154604080519182525f60208301526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a3866001600160a01b0316885f5160206140685f395f51905f5260045f604051611674929190613e4f565b60405180910390a35050505050505050565b5f858152600a60209081526040808320600e90925282206001810154919290916001600160401b031690036116ce576040516358568b5160e01b815260040160405180910390fd5b60018101546001600160401b031642111561170d5760018101546040516326b39d0360e11b81526001600160401b039091166004820152602401610618565b82851415806117455750805460405161172c9088908890602001613d7a565b6040516020818303038152906040528051906020012014155b156117635760405163a7efde2760e01b815260040160405180910390fd5b5f856001600160401b0381111561177c5761177c613e66565b6040519080825280602002602001820160405280156117a5578160200160208202803683370190505b5090505f5b8681101561187057611806848989848181106117c8576117c8613d20565b90506020020160208101906117dd9190613c0c565b8888858181106117ef576117ef613d20565b90506020028101906118019190613e7a565b612f87565b61182357604051637ca55c7760e01b815260040160405180910390fd5b85858281811061183557611835613d20565b90506020028101906118479190613e7a565b6020013582828151811061185d5761185d613d20565b60209081029190910101526001016117aa565b505f888152600e60205260408120908155600101805467ffffffffffffffff19169055600983015460078401546118b2916001600160a01b0316903381612d89565b877f409c0e1c1ce25997854455cc772b3ca1732f70ee9e6a87ff3b99d189c1175472338989856040516118e89493929190613e98565b60405180910390a25050505050505050565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff16600581111561193257611932613b62565b14611956578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b6008820154600160401b90046001600160401b031642116119a157600882015460405163d606d83f60e01b8152600160401b9091046001600160401b03166004820152602401610618565b6008820154600160801b90046001600160401b03164211156119ed5760088201546040516326b39d0360e11b8152600160801b9091046001600160401b03166004820152602401610618565b600181015460408051602081018890523391810191909152606081018690526080810185905260a0016040516020818303038152906040528051906020012014611a4a57604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff1691611abd83613eff565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101610758565b5f611b2f826003612844565b5f838152600b602052604081208054929350916201000090046001600160401b03169003611b70576040516316a519cf60e31b815260040160405180910390fd5b60128201545f03611b9457604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b0316421115611be05760088101546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610618565b600a8201546001600160a01b03163303611c0d576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff166005811115611c3c57611c3c613b62565b14611c5a576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff1615801590611c8557506005820154600e83015463ffffffff918216911610155b15611cb157600582015460405163fa17747b60e01b815263ffffffff9091166004820152602401610618565b611cc133835f016001015461268c565b600e8201805463ffffffff16905f611cd883613eff565b825463ffffffff9182166101009390930a928302919092021990911617905550805470ffffffffffffffff0000000000000000ff1916600160481b436001600160401b039081168202929092176001178084556040519190049091168152339085907ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac199906020015b60405180910390a350505050565b805f03611d8e57604051631f2a200560e01b815260040160405180910390fd5b611d983382613168565b335f908152600260205260408120805490918391839190611dba908490613bb0565b90915550611dea90507f000000000000000000000000000000000000000000000000000000000000000042613bc3565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f828254611e229190613bb0565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91015b60405180910390a25050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff909116906002826005811115611ec557611ec5613b62565b1480611ee257506001826005811115611ee057611ee0613b62565b145b15611f9c576008840154600160801b90046001600160401b03164211611f3257600884015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610618565b825460ff19166005178355611f4788826131ec565b6009850154611f609085906001600160a01b0316612f4d565b876001600160a01b0316895f5160206140685f395f51905f5260015f604051611f8a929190613e4f565b60405180910390a3505050505061231c565b6003826005811115611fb057611fb0613b62565b14611fd05781604051635c4ff07d60e01b81526004016106189190613b89565b6005600d86015460ff166007811115611feb57611feb613b62565b1415801561201257506006600d86015460ff16600781111561200f5761200f613b62565b14155b1561203957600d850154604051630d64047360e21b81526106189160ff1690600401613be2565b60128401546001600160401b031642101561207857601284015460405163d606d83f60e01b81526001600160401b039091166004820152602401610618565b825460ff19166005178084556002840154906001600160401b03610100909104166120a3868661251d565b15612109576120b28a84612cc6565b60098701546120cb9087906001600160a01b0316612f4d565b896001600160a01b03168b5f5160206140685f395f51905f5260055f6040516120f5929190613e4f565b60405180910390a35050505050505061231c565b5f612114878761256c565b1561211d575060025b5f81600581111561213057612130613b62565b146121a05761213f8b856131ec565b6121498787612ec2565b60098801546121629088906001600160a01b0316612f4d565b8a6001600160a01b03168c5f5160206140685f395f51905f52835f60405161218b929190613e4f565b60405180910390a3505050505050505061231c565b6121aa8b85612cc6565b60098701545f90610100900460ff1680156121db575060098801546001600160401b03848116630100000090920416145b80156121ea575087600d015484145b80156121f95750600f88015415155b156122285787600f0154905080886010015f8282546122189190613dc1565b9091555061222890508c826132cc565b5f6005600d8b015460ff16600781111561224457612244613b62565b14801561227757506122716122588f6128a3565b61226c906001600160401b03166001613bb0565b6132ed565b60ff168b145b80156122a4575060108a01546122a28661229b6001600160401b0388166001613bb0565b8f8f613315565b145b905080156122be5760048901546122bb9083613bb0565b91505b6122e089826122da5760098c01546001600160a01b0316612f4d565b8e612f4d565b8c6001600160a01b03168e5f5160206140685f395f51905f528585604051612309929190613e4f565b60405180910390a3505050505050505050505b50505050565b345f0361234257604051631f2a200560e01b815260040160405180910390fd5b335f9081526020819052604081208054349290612360908490613bb0565b925050819055503460035f8282546123789190613bb0565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546123ce9190613bb0565b6123d89190613bb0565b6123e29190613bb0565b6123ec9190613bb0565b905090565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff16600581111561242957612429613b62565b0361244d578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b6001815460ff16600581111561246557612465613b62565b14612480575461010090046001600160401b03169050612517565b80545f906124a8906124a390600160481b90046001600160401b03166001613bb0565b613365565b5090506124b4856128a3565b5f868152600a6020908152604091829020601201548251808301919091526001600160a01b0388168184015260608082018690528351808303909101815260809091019092528151910120612512916001600160401b031690613f23565b925050505b92915050565b60098201545f90610100900460ff1680156125655750600983015461255390630100000090046001600160401b03166001613bb0565b825461010090046001600160401b0316145b9392505050565b60098201545f90610100900460ff1680156125a457506009830154825461010090046001600160401b03908116630100000090920416145b8015612565575050600c909101546002909101541490565b5f6125c6846128a3565b90506001600160401b0381166125df6020840184613c0c565b6001600160401b031610158061261c575061260761226c6001600160401b0383166001613bb0565b60ff166126176040840184613f36565b905014155b1561263a57604051637ca55c7760e01b815260040160405180910390fd5b601083015461266e602084018035906126539086613c0c565b6001600160401b03166126696040870187613f36565b613315565b1461231c57604051637ca55c7760e01b815260040160405180910390fd5b6126968282613168565b6001600160a01b0382165f90815260016020526040812080548392906126bd908490613bb0565b925050819055508060045f8282546126d59190613bb0565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611e69565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e08201906127e490600160401b90046001600160401b031687613f7b565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600a6020526040902081600781111561286357612863613b62565b600d82015460ff16600781111561287c5761287c613b62565b1461251757600d810154604051630d64047360e21b81526106189160ff1690600401613be2565b5f818152600a602052604081206005810154612565906001600160401b03600160401b820481169116613f9d565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b038616108061292d575061ffff841661292a61271083613f23565b10155b1561293e575f5f9250925050612967565b600161294a8187613fca565b612961906001600160401b0316608084901c613f23565b92509250505b9550959350505050565b5f868152600a60209081526040808320600b9092528220909180806129fe866129f98c8e6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c00190528151910120600160ff9091161790565b6133f4565b919450925090505f612a1a6001600160401b038b166001613bb0565b9050831580612a375750612a306122588d6128a3565b60ff168814155b80612a5157508560100154612a4e83838c8c613315565b14155b15612a6f57604051637ca55c7760e01b815260040160405180910390fd5b612a7b83828b8b613315565b6010909601959095556009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600c83019790975550600d0194909455505050505050565b6007545f90612710612ae26103e883613dfb565b612aec9190613de8565b612af69084613bb0565b915081841015612b04578391505b81811015612b10578091505b5092915050565b8060075f828254612b289190613dc1565b925050819055508060065f828254612b409190613bb0565b909155505050565b6001600160a01b0383165f9081526001602052604081208054849290612b6f908490613dc1565b925050819055508160045f828254612b879190613dc1565b909155505f9050612710612bbf61ffff7f00000000000000000000000000000000000000000000000000000000000000001685613dfb565b612bc99190613de8565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612bfc9190613bb0565b90915550612c0c90508184613dc1565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190612c53908490613bb0565b925050819055508260035f828254612c6b9190613bb0565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584612cab8183613dc1565b60408051938452602084019290925290820152606001611d60565b6001600160a01b0382165f9081526001602052604081208054839290612ced908490613dc1565b925050819055508060045f828254612d059190613dc1565b90915550506001600160a01b0382165f9081526020819052604081208054839290612d31908490613bb0565b925050819055508060035f828254612d499190613bb0565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611e69565b6001600160a01b0384165f9081526001602052604081208054859290612db0908490613dc1565b925050819055508260045f828254612dc89190613dc1565b90915550506001600160a01b0382165f9081526020819052604081208054839290612df4908490613bb0565b925050819055508060035f828254612e0c9190613bb0565b90915550612e1c90508184613dc1565b60075f828254612e2c9190613bb0565b909155505060408051848152602081018390525f8183015290516001600160a01b0384811692908716917f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359181900360600190a37f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca57612eab8285613dc1565b60405190815260200160405180910390a150505050565b6009820154610100900460ff168015612ef857506009820154815461010090046001600160401b03908116630100000090920416145b8015612f0b575081600d01548160020154145b8015612f1a5750600f82015415155b15612f495781600f0154826010015f828254612f369190613dc1565b9091555050600f820154612f4990613438565b5050565b60048201545f819003612f5f57505050565b80836011015f828254612f729190613dc1565b90915550612f82905082826132cc565b505050565b5f63ffffffff602084901c8116908416612fa46080850185613fe9565b1590506130a0576020840135151580612fca5750612fc56040850185613f36565b151590505b80613030575083356002612fe16080870187613fe9565b604051612fef92919061402b565b602060405180830381855afa15801561300a573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061302d9190613d09565b14155b80613058575061304b6130466080860186613fe9565b61349c565b613056826008613dfb565b105b15613067575f92505050612565565b601186015461309661307e863560a08801356135eb565b613089856001613bb0565b6126696060890189613f36565b1492505050612565565b83351580156130b157506020840135155b80156130c957506130c56040850185613f36565b1590505b15613111576005860154600160a01b900460ff166130ea6060860186613f36565b9050148015613108575060118601546130965f613089856001613bb0565b92505050612565565b5f80613148848735613124866008613dfb565b60208a013561313660408c018c613f36565b61314360608e018e613f36565b613624565b9150915081801561315c5750876011015481145b98975050505050505050565b6001600160a01b0382165f90815260208190526040902054818110156131ab5760405163018ac91360e61b81526004810182905260248101839052604401610618565b6131b58282613dc1565b6001600160a01b0384165f90815260208190526040812091909155600380548492906131e2908490613dc1565b9091555050505050565b6001600160a01b0382165f9081526001602052604081208054839290613213908490613dc1565b925050819055508060045f82825461322b9190613dc1565b925050819055508060075f8282546132439190613bb0565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b8060065f8282546132dd9190613dc1565b90915550612f49905082826136d0565b5f5b818160ff166001901b101561331057806133088161403a565b9150506132ef565b919050565b5f61010082108015613328575083821c15155b156133505760405163177e5bcb60e01b81526004810185905260248101839052604401610618565b61335c8585858561374f565b95945050505050565b5f5f82431161339e57613379836001613bb0565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610618565b6101006133ab8443613dc1565b11156133ed57610100836133c0600143613dc1565b6133ca9190613dc1565b6133d49190613de8565b6133e090610100613dfb565b6133ea9084613bb0565b92505b5050804091565b5f808061342b853560208701356040880135606089013561341860808b018b613f36565b61342560a08d018d613f36565b8c6137f5565b9250925092509250925092565b8060065f8282546134499190613dc1565b925050819055508060075f8282546134619190613bb0565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f60048210156134ad57505f612517565b5f6008848460028181106134c3576134c3613d20565b919091013560f81c90911b9050848460018181106134e3576134e3613d20565b6134f99392013560f81c90911790506003613bb0565b905080831161350b575f915050612517565b5f84848381811061351e5761351e613d20565b919091013560f81c91508290506135348161404f565b92506135439050816008613dfb565b61354d9083613bb0565b841461355d575f92505050612517565b600192505f5b818110156135e2575f805b60088110156135cc57613582816008613dfb565b888883613590876008613dfb565b61359a908a613bb0565b6135a49190613bb0565b8181106135b3576135b3613d20565b919091013560f81c90911b92909217915060010161356e565b506135d78186613dfb565b945050600101613563565b50505092915050565b5f6040516002815383600182015282602182015260205f60418360025afa61361a5763832d99055f526004601cfd5b50505f5192915050565b5f80600388901c6101008610801561363d575080861c15155b1561364e57505f91508190506136c3565b5f198b0361366257505f91508190506136c3565b5f61366e8c6001613bb0565b905061010085108015613682575080851c15155b1561369557505f92508291506136c39050565b5f6136ab8c6136a68c868d8d61374f565b6135eb565b905060016136bb82848a8a61374f565b945094505050505b9850989650505050505050565b6001600160a01b0382165f90815260208190526040812080548392906136f7908490613bb0565b925050819055508060035f82825461370f9190613bb0565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611e69565b5f6040515f815385600182015260205f60218360025afa6137775763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156137ea576001871680156137ab57823560018501528460218501526137b9565b846001850152823560218501525b5060205f60418560025afa6137d55763832d99055f526004601cfd5b5f5193508660011c9650602082019150613787565b505050949350505050565b5f5f5f6138088c8c8c8c8c8c8c8c613624565b90935091506138628c8c8c6138598d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c613624565b90508091505099509950999650505050505050565b5f5f60408385031215613888575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114613310575f5ffd5b5f5f5f606084860312156138bf575f5ffd5b833592506138cf60208501613897565b915060408401356001600160401b038111156138e9575f5ffd5b840160a081870312156138fa575f5ffd5b809150509250925092565b5f5f83601f840112613915575f5ffd5b5081356001600160401b0381111561392b575f5ffd5b6020830191508360208260051b8501011115613945575f5ffd5b9250929050565b5f5f5f6040848603121561395e575f5ffd5b8335925060208401356001600160401b0381111561397a575f5ffd5b61398686828701613905565b9497909650939450505050565b5f5f5f5f5f608086880312156139a7575f5ffd5b853594506020860135935060408601356001600160401b038111156139ca575f5ffd5b6139d688828901613905565b90945092505060608601356001600160401b038111156139f4575f5ffd5b860160c08189031215613a05575f5ffd5b809150509295509295909350565b5f5f60408385031215613a24575f5ffd5b82359150613a3460208401613897565b90509250929050565b5f5f5f5f5f60608688031215613a51575f5ffd5b8535945060208601356001600160401b03811115613a6d575f5ffd5b613a7988828901613905565b90955093505060408601356001600160401b03811115613a97575f5ffd5b613aa388828901613905565b969995985093965092949392505050565b5f5f5f60608486031215613ac6575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215613aed575f5ffd5b5035919050565b5f5f5f5f60608587031215613b07575f5ffd5b84359350613b1760208601613897565b925060408501356001600160401b03811115613b31575f5ffd5b613b3d87828801613905565b95989497509550505050565b5f60208284031215613b59575f5ffd5b61256582613897565b634e487b7160e01b5f52602160045260245ffd5b60068110613b8657613b86613b62565b50565b60208101613b9683613b76565b91905290565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561251757612517613b9c565b6001600160401b03818116838216019081111561251757612517613b9c565b6020810160088310613b9657613b96613b62565b80356001600160401b0381168114613310575f5ffd5b5f60208284031215613c1c575f5ffd5b61256582613bf6565b81516001600160a01b0316815261018081016020830151613c5160208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151613c9e60e08401826001600160401b03169052565b50610100830151613cbb6101008401826001600160401b03169052565b50610120830151613cd561012084018263ffffffff169052565b50610140830151613cec61014084018260ff169052565b50610160830151612b106101608401826001600160401b03169052565b5f60208284031215613d19575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b8183526020830192505f815f5b84811015613d70576001600160401b03613d5a83613bf6565b1686526020958601959190910190600101613d41565b5093949350505050565b602081525f613d8d602083018486613d34565b949350505050565b604081525f613da8604083018587613d34565b90506001600160401b0383166020830152949350505050565b8181038181111561251757612517613b9c565b634e487b7160e01b5f52601260045260245ffd5b5f82613df657613df6613dd4565b500490565b808202811582820484141761251757612517613b9c565b5f60208284031215613e22575f5ffd5b815160038110612565575f5ffd5b5f60208284031215613e40575f5ffd5b81518015158114612565575f5ffd5b60408101613e5c84613b76565b9281526020015290565b634e487b7160e01b5f52604160045260245ffd5b5f823560be19833603018112613e8e575f5ffd5b9190910192915050565b6001600160a01b03851681526060602082018190525f90613ebc9083018587613d34565b8281036040840152835180825260208086019201905f5b81811015613ef1578351835260209384019390920191600101613ed3565b509098975050505050505050565b5f63ffffffff821663ffffffff8103613f1a57613f1a613b9c565b60010192915050565b5f82613f3157613f31613dd4565b500690565b5f5f8335601e19843603018112613f4b575f5ffd5b8301803591506001600160401b03821115613f64575f5ffd5b6020019150600581901b3603821315613945575f5ffd5b6001600160401b038181168382160290811690818114612b1057612b10613b9c565b5f6001600160401b03831680613fb557613fb5613dd4565b806001600160401b0384160491505092915050565b6001600160401b03828116828216039081111561251757612517613b9c565b5f5f8335601e19843603018112613ffe575f5ffd5b8301803591506001600160401b03821115614017575f5ffd5b602001915036819003821315613945575f5ffd5b818382375f9101908152919050565b5f60ff821660ff8103613f1a57613f1a613b9c565b5f6001820161406057614060613b9c565b506001019056fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220c340615c503d3886ea9f81e5a192e6d944b302e167a9c8dc68a02ef4b8acc89364736f6c63430008250033",
}

// TaskMarketAuditor is an auto generated Go binding around an Ethereum contract.
type TaskMarketAuditor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarketAuditor) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarketAuditor creates a new instance of TaskMarketAuditor.
func NewTaskMarketAuditor() *TaskMarketAuditor {
	parsed, err := TaskMarketAuditorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarketAuditor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarketAuditor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackConstructor(game_ common.Address, unbondingDelay_ uint64, treasury_ common.Address, winnerShareBps_ uint16) []byte {
	enc, err := taskMarketAuditor.abi.Pack("", game_, unbondingDelay_, treasury_, winnerShareBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTBOUNTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89e9d4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTEST_BOUNTY_BPS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackATTESTBOUNTYBPS() []byte {
	enc, err := taskMarketAuditor.abi.Pack("ATTEST_BOUNTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTBOUNTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89e9d4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTEST_BOUNTY_BPS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackATTESTBOUNTYBPS() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("ATTEST_BOUNTY_BPS")
}

// UnpackATTESTBOUNTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc89e9d4a.
//
// Solidity: function ATTEST_BOUNTY_BPS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackATTESTBOUNTYBPS(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("ATTEST_BOUNTY_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCHUNKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed25346.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHUNKS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackMAXCHUNKS() []byte {
	enc, err := taskMarketAuditor.abi.Pack("MAX_CHUNKS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHUNKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed25346.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHUNKS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackMAXCHUNKS() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("MAX_CHUNKS")
}

// UnpackMAXCHUNKS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ed25346.
//
// Solidity: function MAX_CHUNKS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackMAXCHUNKS(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("MAX_CHUNKS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOOLDRAWBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d63ff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_DRAW_BPS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackPOOLDRAWBPS() []byte {
	enc, err := taskMarketAuditor.abi.Pack("POOL_DRAW_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLDRAWBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d63ff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_DRAW_BPS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackPOOLDRAWBPS() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("POOL_DRAW_BPS")
}

// UnpackPOOLDRAWBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d63ff4.
//
// Solidity: function POOL_DRAW_BPS() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackPOOLDRAWBPS(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("POOL_DRAW_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSEEDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef3dbf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) PackSEEDDELAY() []byte {
	enc, err := taskMarketAuditor.abi.Pack("SEED_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef3dbf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) TryPackSEEDDELAY() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("SEED_DELAY")
}

// UnpackSEEDDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSEEDDELAY(data []byte) (uint64, error) {
	out, err := taskMarketAuditor.abi.Unpack("SEED_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnswerChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c04d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerChunks(uint256 id, uint64[] chunks, (bytes32,bytes32,bytes32[],bytes32[],bytes,bytes32)[] o) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackAnswerChunks(id *big.Int, chunks []uint64, o []TaskMarketChunkOpening) []byte {
	enc, err := taskMarketAuditor.abi.Pack("answerChunks", id, chunks, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c04d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerChunks(uint256 id, uint64[] chunks, (bytes32,bytes32,bytes32[],bytes32[],bytes,bytes32)[] o) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackAnswerChunks(id *big.Int, chunks []uint64, o []TaskMarketChunkOpening) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("answerChunks", id, chunks, o)
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e85926.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(uint256 id, bytes32 commitment) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackAttest(id *big.Int, commitment [32]byte) []byte {
	enc, err := taskMarketAuditor.abi.Pack("attest", id, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e85926.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest(uint256 id, bytes32 commitment) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackAttest(id *big.Int, commitment [32]byte) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("attest", id, commitment)
}

// PackCloseAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5394c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeAttestation(uint256 id, address attester, bytes32[] proof) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackCloseAttestation(id *big.Int, attester common.Address, proof [][32]byte) []byte {
	enc, err := taskMarketAuditor.abi.Pack("closeAttestation", id, attester, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5394c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeAttestation(uint256 id, address attester, bytes32[] proof) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackCloseAttestation(id *big.Int, attester common.Address, proof [][32]byte) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("closeAttestation", id, attester, proof)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (taskMarketAuditor *TaskMarketAuditor) PackDeposit() []byte {
	enc, err := taskMarketAuditor.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackDeposit() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("deposit")
}

// PackDisputeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1af7453d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarketAuditor *TaskMarketAuditor) PackDisputeAttestation(id *big.Int, attester common.Address, c TaskMarketChallenge) []byte {
	enc, err := taskMarketAuditor.abi.Pack("disputeAttestation", id, attester, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1af7453d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarketAuditor *TaskMarketAuditor) TryPackDisputeAttestation(id *big.Int, attester common.Address, c TaskMarketChallenge) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("disputeAttestation", id, attester, c)
}

// UnpackDisputeAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1af7453d.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarketAuditor *TaskMarketAuditor) UnpackDisputeAttestation(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("disputeAttestation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5bb17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackFree(arg0 common.Address) []byte {
	enc, err := taskMarketAuditor.abi.Pack("free", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5bb17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackFree(arg0 common.Address) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("free", arg0)
}

// UnpackFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9b5bb17.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackFree(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("free", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (taskMarketAuditor *TaskMarketAuditor) PackGame() []byte {
	enc, err := taskMarketAuditor.abi.Pack("game")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game() view returns(address)
func (taskMarketAuditor *TaskMarketAuditor) TryPackGame() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (taskMarketAuditor *TaskMarketAuditor) UnpackGame(data []byte) (common.Address, error) {
	out, err := taskMarketAuditor.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackJoinAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87679f8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinAttestation(uint256 id) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackJoinAttestation(id *big.Int) []byte {
	enc, err := taskMarketAuditor.abi.Pack("joinAttestation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87679f8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinAttestation(uint256 id) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackJoinAttestation(id *big.Int) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("joinAttestation", id)
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackLocked(arg0 common.Address) []byte {
	enc, err := taskMarketAuditor.abi.Pack("locked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackLocked(arg0 common.Address) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("locked", arg0)
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbf9fe5f.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23d9f2bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestChunks(uint256 id, uint64[] chunks) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackRequestChunks(id *big.Int, chunks []uint64) []byte {
	enc, err := taskMarketAuditor.abi.Pack("requestChunks", id, chunks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23d9f2bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestChunks(uint256 id, uint64[] chunks) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackRequestChunks(id *big.Int, chunks []uint64) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("requestChunks", id, chunks)
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackRequestWithdrawal(amount *big.Int) []byte {
	enc, err := taskMarketAuditor.abi.Pack("requestWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackRequestWithdrawal(amount *big.Int) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("requestWithdrawal", amount)
}

// PackRevealAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833b15ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackRevealAttestation(id *big.Int, endHash [32]byte, salt [32]byte) []byte {
	enc, err := taskMarketAuditor.abi.Pack("revealAttestation", id, endHash, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833b15ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackRevealAttestation(id *big.Int, endHash [32]byte, salt [32]byte) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("revealAttestation", id, endHash, salt)
}

// PackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4029c438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32[] proof, (uint256,bytes32,uint256,bytes32,bytes32[],bytes32[]) o) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackRevealSecret(id *big.Int, secret [32]byte, proof [][32]byte, o TaskMarketDecoyOpening) []byte {
	enc, err := taskMarketAuditor.abi.Pack("revealSecret", id, secret, proof, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4029c438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32[] proof, (uint256,bytes32,uint256,bytes32,bytes32[],bytes32[]) o) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackRevealSecret(id *big.Int, secret [32]byte, proof [][32]byte, o TaskMarketDecoyOpening) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("revealSecret", id, secret, proof, o)
}

// PackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461c8cb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleAttestation(uint256 id, address attester) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackSettleAttestation(id *big.Int, attester common.Address) []byte {
	enc, err := taskMarketAuditor.abi.Pack("settleAttestation", id, attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461c8cb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleAttestation(uint256 id, address attester) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackSettleAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("settleAttestation", id, attester)
}

// PackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTaskCount() []byte {
	enc, err := taskMarketAuditor.abi.Pack("taskCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTaskCount() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("taskCount")
}

// UnpackTaskCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTaskCount(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("taskCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTotalEscrow() []byte {
	enc, err := taskMarketAuditor.abi.Pack("totalEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTotalEscrow() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("totalEscrow")
}

// UnpackTotalEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d89844.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTotalEscrow(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("totalEscrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTotalFree() []byte {
	enc, err := taskMarketAuditor.abi.Pack("totalFree")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTotalFree() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("totalFree")
}

// UnpackTotalFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTotalFree(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("totalFree", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTotalHeld() []byte {
	enc, err := taskMarketAuditor.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTotalHeld() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalJackpot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a1d0eed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTotalJackpot() []byte {
	enc, err := taskMarketAuditor.abi.Pack("totalJackpot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalJackpot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a1d0eed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTotalJackpot() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("totalJackpot")
}

// UnpackTotalJackpot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a1d0eed.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTotalJackpot(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("totalJackpot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTotalLocked() []byte {
	enc, err := taskMarketAuditor.abi.Pack("totalLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTotalLocked() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("totalLocked")
}

// UnpackTotalLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTotalLocked(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("totalLocked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350fd0be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) PackTotalUnbonding() []byte {
	enc, err := taskMarketAuditor.abi.Pack("totalUnbonding")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350fd0be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTotalUnbonding() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("totalUnbonding")
}

// UnpackTotalUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x350fd0be.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTotalUnbonding(data []byte) (*big.Int, error) {
	out, err := taskMarketAuditor.abi.Unpack("totalUnbonding", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (taskMarketAuditor *TaskMarketAuditor) PackTreasury() []byte {
	enc, err := taskMarketAuditor.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (taskMarketAuditor *TaskMarketAuditor) TryPackTreasury() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarketAuditor.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced4cd2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbonding(address ) view returns(uint256 amount, uint64 releaseAt)
func (taskMarketAuditor *TaskMarketAuditor) PackUnbonding(arg0 common.Address) []byte {
	enc, err := taskMarketAuditor.abi.Pack("unbonding", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced4cd2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbonding(address ) view returns(uint256 amount, uint64 releaseAt)
func (taskMarketAuditor *TaskMarketAuditor) TryPackUnbonding(arg0 common.Address) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("unbonding", arg0)
}

// UnbondingOutput serves as a container for the return parameters of contract
// method Unbonding.
type UnbondingOutput struct {
	Amount    *big.Int
	ReleaseAt uint64
}

// UnpackUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xced4cd2e.
//
// Solidity: function unbonding(address ) view returns(uint256 amount, uint64 releaseAt)
func (taskMarketAuditor *TaskMarketAuditor) UnpackUnbonding(data []byte) (UnbondingOutput, error) {
	out, err := taskMarketAuditor.abi.Unpack("unbonding", data)
	outstruct := new(UnbondingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReleaseAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) PackUnbondingDelay() []byte {
	enc, err := taskMarketAuditor.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) TryPackUnbondingDelay() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := taskMarketAuditor.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWinnerShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9380d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarketAuditor *TaskMarketAuditor) PackWinnerShareBps() []byte {
	enc, err := taskMarketAuditor.abi.Pack("winnerShareBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinnerShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9380d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarketAuditor *TaskMarketAuditor) TryPackWinnerShareBps() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("winnerShareBps")
}

// UnpackWinnerShareBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac9380d6.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarketAuditor *TaskMarketAuditor) UnpackWinnerShareBps(data []byte) (uint16, error) {
	out, err := taskMarketAuditor.abi.Unpack("winnerShareBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (taskMarketAuditor *TaskMarketAuditor) PackWithdraw() []byte {
	enc, err := taskMarketAuditor.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackWithdraw() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("withdraw")
}

// TaskMarketAuditorAnnounced represents a Announced event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAnnounced struct {
	Who  common.Address
	Info []byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAnnouncedEventName = "Announced"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAnnounced) ContractEventName() string {
	return TaskMarketAuditorAnnouncedEventName
}

// UnpackAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Announced(address indexed who, bytes info)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAnnouncedEvent(log *types.Log) (*TaskMarketAuditorAnnounced, error) {
	event := "Announced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAnnounced)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttestJoined represents a AttestJoined event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestJoined struct {
	Id        *big.Int
	Attester  common.Address
	JoinBlock uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestJoinedEventName = "AttestJoined"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttestJoined) ContractEventName() string {
	return TaskMarketAuditorAttestJoinedEventName
}

// UnpackAttestJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestJoined(uint256 indexed id, address indexed attester, uint64 joinBlock)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestJoinedEvent(log *types.Log) (*TaskMarketAuditorAttestJoined, error) {
	event := "AttestJoined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttestJoined)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttestPhase represents a AttestPhase event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestPhase struct {
	Id        *big.Int
	AttestEnd uint64
	RevealEnd uint64
	SecretEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestPhaseEventName = "AttestPhase"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttestPhase) ContractEventName() string {
	return TaskMarketAuditorAttestPhaseEventName
}

// UnpackAttestPhaseEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestPhase(uint256 indexed id, uint64 attestEnd, uint64 revealEnd, uint64 secretEnd)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestPhaseEvent(log *types.Log) (*TaskMarketAuditorAttestPhase, error) {
	event := "AttestPhase"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttestPhase)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttestationClosed represents a AttestationClosed event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestationClosed struct {
	Id       *big.Int
	Attester common.Address
	Outcome  uint8
	Paid     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestationClosedEventName = "AttestationClosed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttestationClosed) ContractEventName() string {
	return TaskMarketAuditorAttestationClosedEventName
}

// UnpackAttestationClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationClosed(uint256 indexed id, address indexed attester, uint8 outcome, uint256 paid)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestationClosedEvent(log *types.Log) (*TaskMarketAuditorAttestationClosed, error) {
	event := "AttestationClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttestationClosed)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttestationDisputed represents a AttestationDisputed event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestationDisputed struct {
	Id         *big.Int
	Attester   common.Address
	Challenger common.Address
	Game       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestationDisputedEventName = "AttestationDisputed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttestationDisputed) ContractEventName() string {
	return TaskMarketAuditorAttestationDisputedEventName
}

// UnpackAttestationDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationDisputed(uint256 indexed id, address indexed attester, address indexed challenger, uint256 game)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestationDisputedEvent(log *types.Log) (*TaskMarketAuditorAttestationDisputed, error) {
	event := "AttestationDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttestationDisputed)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttestationRevealed represents a AttestationRevealed event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestationRevealed struct {
	Id       *big.Int
	Attester common.Address
	Segment  uint64
	EndHash  [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestationRevealedEventName = "AttestationRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttestationRevealed) ContractEventName() string {
	return TaskMarketAuditorAttestationRevealedEventName
}

// UnpackAttestationRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationRevealed(uint256 indexed id, address indexed attester, uint64 segment, bytes32 endHash)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestationRevealedEvent(log *types.Log) (*TaskMarketAuditorAttestationRevealed, error) {
	event := "AttestationRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttestationRevealed)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttestationSettled represents a AttestationSettled event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestationSettled struct {
	Id          *big.Int
	Attester    common.Address
	Game        *big.Int
	AttesterWon bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestationSettledEventName = "AttestationSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttestationSettled) ContractEventName() string {
	return TaskMarketAuditorAttestationSettledEventName
}

// UnpackAttestationSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationSettled(uint256 indexed id, address indexed attester, uint256 game, bool attesterWon)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestationSettledEvent(log *types.Log) (*TaskMarketAuditorAttestationSettled, error) {
	event := "AttestationSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttestationSettled)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorAttested represents a Attested event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttested struct {
	Id       *big.Int
	Attester common.Address
	Segment  uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorAttested) ContractEventName() string {
	return TaskMarketAuditorAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(uint256 indexed id, address indexed attester, uint64 segment)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestedEvent(log *types.Log) (*TaskMarketAuditorAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorAttested)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorChallenged represents a Challenged event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorChallenged struct {
	Id         *big.Int
	Challenger common.Address
	Segment    uint64
	Game       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorChallenged) ContractEventName() string {
	return TaskMarketAuditorChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint256 indexed id, address indexed challenger, uint64 segment, uint256 game)
func (taskMarketAuditor *TaskMarketAuditor) UnpackChallengedEvent(log *types.Log) (*TaskMarketAuditorChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorChallenged)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorChunksAnswered represents a ChunksAnswered event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorChunksAnswered struct {
	Id     *big.Int
	By     common.Address
	Chunks []uint64
	Leaves [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorChunksAnsweredEventName = "ChunksAnswered"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorChunksAnswered) ContractEventName() string {
	return TaskMarketAuditorChunksAnsweredEventName
}

// UnpackChunksAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunksAnswered(uint256 indexed id, address by, uint64[] chunks, bytes32[] leaves)
func (taskMarketAuditor *TaskMarketAuditor) UnpackChunksAnsweredEvent(log *types.Log) (*TaskMarketAuditorChunksAnswered, error) {
	event := "ChunksAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorChunksAnswered)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorChunksRequested represents a ChunksRequested event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorChunksRequested struct {
	Id       *big.Int
	Chunks   []uint64
	AnswerBy uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorChunksRequestedEventName = "ChunksRequested"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorChunksRequested) ContractEventName() string {
	return TaskMarketAuditorChunksRequestedEventName
}

// UnpackChunksRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunksRequested(uint256 indexed id, uint64[] chunks, uint64 answerBy)
func (taskMarketAuditor *TaskMarketAuditor) UnpackChunksRequestedEvent(log *types.Log) (*TaskMarketAuditorChunksRequested, error) {
	event := "ChunksRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorChunksRequested)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorCredited represents a Credited event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorCredited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorCredited) ContractEventName() string {
	return TaskMarketAuditorCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed who, uint256 amount)
func (taskMarketAuditor *TaskMarketAuditor) UnpackCreditedEvent(log *types.Log) (*TaskMarketAuditorCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorCredited)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorDeposited represents a Deposited event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorDeposited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorDeposited) ContractEventName() string {
	return TaskMarketAuditorDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (taskMarketAuditor *TaskMarketAuditor) UnpackDepositedEvent(log *types.Log) (*TaskMarketAuditorDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorDeposited)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorDisputeSettled represents a DisputeSettled event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorDisputeSettled struct {
	Id        *big.Int
	Game      *big.Int
	SolverWon bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorDisputeSettledEventName = "DisputeSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorDisputeSettled) ContractEventName() string {
	return TaskMarketAuditorDisputeSettledEventName
}

// UnpackDisputeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeSettled(uint256 indexed id, uint256 game, bool solverWon)
func (taskMarketAuditor *TaskMarketAuditor) UnpackDisputeSettledEvent(log *types.Log) (*TaskMarketAuditorDisputeSettled, error) {
	event := "DisputeSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorDisputeSettled)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorJackpotFunded represents a JackpotFunded event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorJackpotFunded struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorJackpotFundedEventName = "JackpotFunded"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorJackpotFunded) ContractEventName() string {
	return TaskMarketAuditorJackpotFundedEventName
}

// UnpackJackpotFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JackpotFunded(uint256 amount)
func (taskMarketAuditor *TaskMarketAuditor) UnpackJackpotFundedEvent(log *types.Log) (*TaskMarketAuditorJackpotFunded, error) {
	event := "JackpotFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorJackpotFunded)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorLocked represents a Locked event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorLocked struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorLocked) ContractEventName() string {
	return TaskMarketAuditorLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(address indexed who, uint256 amount)
func (taskMarketAuditor *TaskMarketAuditor) UnpackLockedEvent(log *types.Log) (*TaskMarketAuditorLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorLocked)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorSecretRevealed represents a SecretRevealed event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSecretRevealed struct {
	Id           *big.Int
	Forced       bool
	Segment      uint64
	TraceRoot    [32]byte
	Finders      uint32
	JackpotShare *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorSecretRevealedEventName = "SecretRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorSecretRevealed) ContractEventName() string {
	return TaskMarketAuditorSecretRevealedEventName
}

// UnpackSecretRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SecretRevealed(uint256 indexed id, bool forced, uint64 segment, bytes32 traceRoot, uint32 finders, uint256 jackpotShare)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSecretRevealedEvent(log *types.Log) (*TaskMarketAuditorSecretRevealed, error) {
	event := "SecretRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorSecretRevealed)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorSeedDrawnEvent represents a SeedDrawnEvent event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSeedDrawnEvent struct {
	Id        *big.Int
	Seed      [32]byte
	FromBlock *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorSeedDrawnEventEventName = "SeedDrawnEvent"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorSeedDrawnEvent) ContractEventName() string {
	return TaskMarketAuditorSeedDrawnEventEventName
}

// UnpackSeedDrawnEventEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeedDrawnEvent(uint256 indexed id, bytes32 seed, uint256 fromBlock)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSeedDrawnEventEvent(log *types.Log) (*TaskMarketAuditorSeedDrawnEvent, error) {
	event := "SeedDrawnEvent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorSeedDrawnEvent)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorSlashed represents a Slashed event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSlashed struct {
	Who        common.Address
	Amount     *big.Int
	Winner     common.Address
	Paid       *big.Int
	ToTreasury *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorSlashed) ContractEventName() string {
	return TaskMarketAuditorSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed who, uint256 amount, address indexed winner, uint256 paid, uint256 toTreasury)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSlashedEvent(log *types.Log) (*TaskMarketAuditorSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorSlashed)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorTaskClaimed represents a TaskClaimed event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTaskClaimed struct {
	Id       *big.Int
	Solver   common.Address
	CommitBy uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorTaskClaimed) ContractEventName() string {
	return TaskMarketAuditorTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(uint256 indexed id, address indexed solver, uint64 commitBy)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTaskClaimedEvent(log *types.Log) (*TaskMarketAuditorTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorTaskClaimed)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorTaskFinalized represents a TaskFinalized event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTaskFinalized struct {
	Id     *big.Int
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorTaskFinalizedEventName = "TaskFinalized"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorTaskFinalized) ContractEventName() string {
	return TaskMarketAuditorTaskFinalizedEventName
}

// UnpackTaskFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalized(uint256 indexed id, uint8 status)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTaskFinalizedEvent(log *types.Log) (*TaskMarketAuditorTaskFinalized, error) {
	event := "TaskFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorTaskFinalized)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorTaskPosted represents a TaskPosted event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTaskPosted struct {
	Id        *big.Int
	Submitter common.Address
	Reward    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorTaskPostedEventName = "TaskPosted"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorTaskPosted) ContractEventName() string {
	return TaskMarketAuditorTaskPostedEventName
}

// UnpackTaskPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPosted(uint256 indexed id, address indexed submitter, uint256 reward)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTaskPostedEvent(log *types.Log) (*TaskMarketAuditorTaskPosted, error) {
	event := "TaskPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorTaskPosted)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorTraceCommitted represents a TraceCommitted event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTraceCommitted struct {
	Id        *big.Int
	TraceRoot [32]byte
	FinalRoot [32]byte
	WindowEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorTraceCommittedEventName = "TraceCommitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorTraceCommitted) ContractEventName() string {
	return TaskMarketAuditorTraceCommittedEventName
}

// UnpackTraceCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TraceCommitted(uint256 indexed id, bytes32 traceRoot, bytes32 finalRoot, uint64 windowEnd)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTraceCommittedEvent(log *types.Log) (*TaskMarketAuditorTraceCommitted, error) {
	event := "TraceCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorTraceCommitted)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorTraceLeaves represents a TraceLeaves event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTraceLeaves struct {
	Id     *big.Int
	Leaves [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorTraceLeavesEventName = "TraceLeaves"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorTraceLeaves) ContractEventName() string {
	return TaskMarketAuditorTraceLeavesEventName
}

// UnpackTraceLeavesEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TraceLeaves(uint256 indexed id, bytes32[] leaves)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTraceLeavesEvent(log *types.Log) (*TaskMarketAuditorTraceLeaves, error) {
	event := "TraceLeaves"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorTraceLeaves)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorUnlocked represents a Unlocked event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorUnlocked struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorUnlockedEventName = "Unlocked"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorUnlocked) ContractEventName() string {
	return TaskMarketAuditorUnlockedEventName
}

// UnpackUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlocked(address indexed who, uint256 amount)
func (taskMarketAuditor *TaskMarketAuditor) UnpackUnlockedEvent(log *types.Log) (*TaskMarketAuditorUnlocked, error) {
	event := "Unlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorUnlocked)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorWithdrawalRequested represents a WithdrawalRequested event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorWithdrawalRequested struct {
	Who       common.Address
	Amount    *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorWithdrawalRequested) ContractEventName() string {
	return TaskMarketAuditorWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed who, uint256 amount, uint64 releaseAt)
func (taskMarketAuditor *TaskMarketAuditor) UnpackWithdrawalRequestedEvent(log *types.Log) (*TaskMarketAuditorWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketAuditorWithdrawn represents a Withdrawn event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorWithdrawn) ContractEventName() string {
	return TaskMarketAuditorWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (taskMarketAuditor *TaskMarketAuditor) UnpackWithdrawnEvent(log *types.Log) (*TaskMarketAuditorWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorWithdrawn)
	if len(log.Data) > 0 {
		if err := taskMarketAuditor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketAuditor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (taskMarketAuditor *TaskMarketAuditor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["AttestExpired"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackAttestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["AttestersFull"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackAttestersFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadChunks"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadChunksError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadReveal"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadSecret"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadSecretError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadTask"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["BadTrace"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackBadTraceError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["ChunksPending"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackChunksPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["ClaimHashExpired"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackClaimHashExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["GamePending"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackGamePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["InfoTooLong"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackInfoTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["InsufficientFree"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackInsufficientFreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["LazyAttestation"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackLazyAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NoAudit"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNoAuditError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NoChunkRequest"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNoChunkRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NoSeed"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNoSeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["ProofIndexTooLarge"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackProofIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["Reentrant"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackReentrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SecretAlreadyRevealed"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSecretAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SecretNotRevealed"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSecretNotRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SeedDrawn"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSeedDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SeedNotReady"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSeedNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SolverCannotAttest"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSolverCannotAttestError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["TooLate"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["VoidAttestation"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackVoidAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["WrongAttestation"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackWrongAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketAuditorAlreadyAttested represents a AlreadyAttested error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAlreadyAttested struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested()
func TaskMarketAuditorAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0x35d90805a5fbe56fbda37791516ccf4edce05e235ef9c358af24fe6086d2e971")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested()
func (taskMarketAuditor *TaskMarketAuditor) UnpackAlreadyAttestedError(raw []byte) (*TaskMarketAuditorAlreadyAttested, error) {
	out := new(TaskMarketAuditorAlreadyAttested)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorAttestExpired represents a AttestExpired error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestExpired struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestExpired(uint64 lastBlock)
func TaskMarketAuditorAttestExpiredErrorID() common.Hash {
	return common.HexToHash("0x734e2b7977d9de95918fe01736455c6424844ee3a12bc3532da7e4ebe8196654")
}

// UnpackAttestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestExpired(uint64 lastBlock)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestExpiredError(raw []byte) (*TaskMarketAuditorAttestExpired, error) {
	out := new(TaskMarketAuditorAttestExpired)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "AttestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorAttestersFull represents a AttestersFull error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorAttestersFull struct {
	Max uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestersFull(uint32 max)
func TaskMarketAuditorAttestersFullErrorID() common.Hash {
	return common.HexToHash("0xfa17747b26e42c58a1f92f22e64b06d2d5083fbcf8d72baacea4e3b9a998a33b")
}

// UnpackAttestersFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestersFull(uint32 max)
func (taskMarketAuditor *TaskMarketAuditor) UnpackAttestersFullError(raw []byte) (*TaskMarketAuditorAttestersFull, error) {
	out := new(TaskMarketAuditorAttestersFull)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "AttestersFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadChunks represents a BadChunks error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadChunks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunks()
func TaskMarketAuditorBadChunksErrorID() common.Hash {
	return common.HexToHash("0xa7efde27a5c334cbcc976ab64ceecc9b954662a29bed254ab5dcff0b07450425")
}

// UnpackBadChunksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunks()
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadChunksError(raw []byte) (*TaskMarketAuditorBadChunks, error) {
	out := new(TaskMarketAuditorBadChunks)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadChunks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadConfig represents a BadConfig error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func TaskMarketAuditorBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadConfigError(raw []byte) (*TaskMarketAuditorBadConfig, error) {
	out := new(TaskMarketAuditorBadConfig)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadProof represents a BadProof error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func TaskMarketAuditorBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadProofError(raw []byte) (*TaskMarketAuditorBadProof, error) {
	out := new(TaskMarketAuditorBadProof)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadReveal represents a BadReveal error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReveal()
func TaskMarketAuditorBadRevealErrorID() common.Hash {
	return common.HexToHash("0x8ff14e0d07ca4f2f9380e8c8365d9e1548f71c5a569f55c866b261c9c71709b2")
}

// UnpackBadRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReveal()
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadRevealError(raw []byte) (*TaskMarketAuditorBadReveal, error) {
	out := new(TaskMarketAuditorBadReveal)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadSecret represents a BadSecret error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadSecret struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSecret()
func TaskMarketAuditorBadSecretErrorID() common.Hash {
	return common.HexToHash("0xe1dcd597db6f16ac06203cb6e671eb1def701531596b304a9941b6923c0a0dde")
}

// UnpackBadSecretError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSecret()
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadSecretError(raw []byte) (*TaskMarketAuditorBadSecret, error) {
	out := new(TaskMarketAuditorBadSecret)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadSecret", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadTask represents a BadTask error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadTask struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTask()
func TaskMarketAuditorBadTaskErrorID() common.Hash {
	return common.HexToHash("0x6921e3b4501e22d9432ff1aa53895407028d819f4cd2f84e43baa8d4e5840bb8")
}

// UnpackBadTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTask()
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadTaskError(raw []byte) (*TaskMarketAuditorBadTask, error) {
	out := new(TaskMarketAuditorBadTask)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorBadTrace represents a BadTrace error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorBadTrace struct {
	Leaves *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTrace(uint256 leaves)
func TaskMarketAuditorBadTraceErrorID() common.Hash {
	return common.HexToHash("0xf2a64333e6331551dea74cebca6417ead627318b7bbc2e5e4a753033d4f10c59")
}

// UnpackBadTraceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTrace(uint256 leaves)
func (taskMarketAuditor *TaskMarketAuditor) UnpackBadTraceError(raw []byte) (*TaskMarketAuditorBadTrace, error) {
	out := new(TaskMarketAuditorBadTrace)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "BadTrace", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorChunksPending represents a ChunksPending error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorChunksPending struct {
	AnswerBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunksPending(uint64 answerBy)
func TaskMarketAuditorChunksPendingErrorID() common.Hash {
	return common.HexToHash("0xe39c43134f3aa36c3e29320b75cb43a73fc99d8e7f77b72937a0b37c7b0ae960")
}

// UnpackChunksPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunksPending(uint64 answerBy)
func (taskMarketAuditor *TaskMarketAuditor) UnpackChunksPendingError(raw []byte) (*TaskMarketAuditorChunksPending, error) {
	out := new(TaskMarketAuditorChunksPending)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "ChunksPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorClaimHashExpired represents a ClaimHashExpired error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorClaimHashExpired struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimHashExpired(uint64 lastBlock)
func TaskMarketAuditorClaimHashExpiredErrorID() common.Hash {
	return common.HexToHash("0x20268a388a124265d674f53e5954eb5c53b84fd3dd64cfcd28fee992f59b4643")
}

// UnpackClaimHashExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimHashExpired(uint64 lastBlock)
func (taskMarketAuditor *TaskMarketAuditor) UnpackClaimHashExpiredError(raw []byte) (*TaskMarketAuditorClaimHashExpired, error) {
	out := new(TaskMarketAuditorClaimHashExpired)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "ClaimHashExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorGamePending represents a GamePending error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorGamePending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamePending()
func TaskMarketAuditorGamePendingErrorID() common.Hash {
	return common.HexToHash("0x8f9461a2587960a8fa5c5d202fc3eb2a80444aaa674fe2300966c2401d47ed4e")
}

// UnpackGamePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamePending()
func (taskMarketAuditor *TaskMarketAuditor) UnpackGamePendingError(raw []byte) (*TaskMarketAuditorGamePending, error) {
	out := new(TaskMarketAuditorGamePending)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "GamePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorInfoTooLong represents a InfoTooLong error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorInfoTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InfoTooLong(uint256 length)
func TaskMarketAuditorInfoTooLongErrorID() common.Hash {
	return common.HexToHash("0x6a2391f3a84042e60d229558c74ec367948f08359b623969026d32b8ec962208")
}

// UnpackInfoTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InfoTooLong(uint256 length)
func (taskMarketAuditor *TaskMarketAuditor) UnpackInfoTooLongError(raw []byte) (*TaskMarketAuditorInfoTooLong, error) {
	out := new(TaskMarketAuditorInfoTooLong)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "InfoTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorInsufficientFree represents a InsufficientFree error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorInsufficientFree struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFree(uint256 have, uint256 want)
func TaskMarketAuditorInsufficientFreeErrorID() common.Hash {
	return common.HexToHash("0x62b244c07094747609d4e57615429a9c2e20827b39a98bb745072bcff24ab63f")
}

// UnpackInsufficientFreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFree(uint256 have, uint256 want)
func (taskMarketAuditor *TaskMarketAuditor) UnpackInsufficientFreeError(raw []byte) (*TaskMarketAuditorInsufficientFree, error) {
	out := new(TaskMarketAuditorInsufficientFree)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "InsufficientFree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorLazyAttestation represents a LazyAttestation error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorLazyAttestation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LazyAttestation()
func TaskMarketAuditorLazyAttestationErrorID() common.Hash {
	return common.HexToHash("0x1b57bab3e083a0d80137f84cadf1299e603b4be9d4473026d052b321f17c509e")
}

// UnpackLazyAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LazyAttestation()
func (taskMarketAuditor *TaskMarketAuditor) UnpackLazyAttestationError(raw []byte) (*TaskMarketAuditorLazyAttestation, error) {
	out := new(TaskMarketAuditorLazyAttestation)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "LazyAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorNoAudit represents a NoAudit error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNoAudit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAudit()
func TaskMarketAuditorNoAuditErrorID() common.Hash {
	return common.HexToHash("0xb528ce78fc7c9b91d1fc4e6fc6c9cc1ef0587632c2f2a08afa27fd24f45ec88f")
}

// UnpackNoAuditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAudit()
func (taskMarketAuditor *TaskMarketAuditor) UnpackNoAuditError(raw []byte) (*TaskMarketAuditorNoAudit, error) {
	out := new(TaskMarketAuditorNoAudit)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NoAudit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorNoChunkRequest represents a NoChunkRequest error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNoChunkRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoChunkRequest()
func TaskMarketAuditorNoChunkRequestErrorID() common.Hash {
	return common.HexToHash("0x58568b51d780bd6a09e56274fa8971343cedf9927ec568c4fbb80a2afbdff27c")
}

// UnpackNoChunkRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoChunkRequest()
func (taskMarketAuditor *TaskMarketAuditor) UnpackNoChunkRequestError(raw []byte) (*TaskMarketAuditorNoChunkRequest, error) {
	out := new(TaskMarketAuditorNoChunkRequest)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NoChunkRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorNoSeed represents a NoSeed error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNoSeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSeed()
func TaskMarketAuditorNoSeedErrorID() common.Hash {
	return common.HexToHash("0xd46b67629292245bfadc318b35d69cd1b4fed79a01bf73d9db95f9169f80b2c9")
}

// UnpackNoSeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSeed()
func (taskMarketAuditor *TaskMarketAuditor) UnpackNoSeedError(raw []byte) (*TaskMarketAuditorNoSeed, error) {
	out := new(TaskMarketAuditorNoSeed)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NoSeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorNotSolver represents a NotSolver error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNotSolver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver()
func TaskMarketAuditorNotSolverErrorID() common.Hash {
	return common.HexToHash("0xc139eabd1a4f258a1bb0bfdf8d80b8fb8155b7a1621f556f1b0e09968920c78d")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver()
func (taskMarketAuditor *TaskMarketAuditor) UnpackNotSolverError(raw []byte) (*TaskMarketAuditorNotSolver, error) {
	out := new(TaskMarketAuditorNotSolver)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorNotSubmitter represents a NotSubmitter error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNotSubmitter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter()
func TaskMarketAuditorNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xc54468844a8e74bd8b093fc850800ed8f8048a67fab2713d63196574dad21ba4")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter()
func (taskMarketAuditor *TaskMarketAuditor) UnpackNotSubmitterError(raw []byte) (*TaskMarketAuditorNotSubmitter, error) {
	out := new(TaskMarketAuditorNotSubmitter)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorNothingToWithdraw represents a NothingToWithdraw error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func TaskMarketAuditorNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (taskMarketAuditor *TaskMarketAuditor) UnpackNothingToWithdrawError(raw []byte) (*TaskMarketAuditorNothingToWithdraw, error) {
	out := new(TaskMarketAuditorNothingToWithdraw)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorProofIndexTooLarge represents a ProofIndexTooLarge error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorProofIndexTooLarge struct {
	Index      *big.Int
	PathLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func TaskMarketAuditorProofIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0x177e5bcb08cf89a768a67353bdbf94c7be8b9c5e1b10b3969d3a7cd1c4dd15c7")
}

// UnpackProofIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func (taskMarketAuditor *TaskMarketAuditor) UnpackProofIndexTooLargeError(raw []byte) (*TaskMarketAuditorProofIndexTooLarge, error) {
	out := new(TaskMarketAuditorProofIndexTooLarge)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "ProofIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorReentrant represents a Reentrant error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorReentrant struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrant()
func TaskMarketAuditorReentrantErrorID() common.Hash {
	return common.HexToHash("0xed3ba6a62877a99990a32617b4e001f2c85c7886f010c9b166e8438fd38bcb40")
}

// UnpackReentrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrant()
func (taskMarketAuditor *TaskMarketAuditor) UnpackReentrantError(raw []byte) (*TaskMarketAuditorReentrant, error) {
	out := new(TaskMarketAuditorReentrant)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "Reentrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorSecretAlreadyRevealed represents a SecretAlreadyRevealed error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSecretAlreadyRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecretAlreadyRevealed()
func TaskMarketAuditorSecretAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x75dde69b68ea4a9b6e87da216d5a15f98a878e845fd30794770700361869b9e3")
}

// UnpackSecretAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecretAlreadyRevealed()
func (taskMarketAuditor *TaskMarketAuditor) UnpackSecretAlreadyRevealedError(raw []byte) (*TaskMarketAuditorSecretAlreadyRevealed, error) {
	out := new(TaskMarketAuditorSecretAlreadyRevealed)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SecretAlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorSecretNotRevealed represents a SecretNotRevealed error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSecretNotRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecretNotRevealed()
func TaskMarketAuditorSecretNotRevealedErrorID() common.Hash {
	return common.HexToHash("0xbb55aad0f0c53ed898563602a922cc6407ee088179d35477ffa029a3f3e7db5c")
}

// UnpackSecretNotRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecretNotRevealed()
func (taskMarketAuditor *TaskMarketAuditor) UnpackSecretNotRevealedError(raw []byte) (*TaskMarketAuditorSecretNotRevealed, error) {
	out := new(TaskMarketAuditorSecretNotRevealed)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SecretNotRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorSeedDrawn represents a SeedDrawn error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSeedDrawn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedDrawn()
func TaskMarketAuditorSeedDrawnErrorID() common.Hash {
	return common.HexToHash("0xa1b97eaa194c93065f1094ad854f337c401da249edafabbc5a8189cb64b3f1e3")
}

// UnpackSeedDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedDrawn()
func (taskMarketAuditor *TaskMarketAuditor) UnpackSeedDrawnError(raw []byte) (*TaskMarketAuditorSeedDrawn, error) {
	out := new(TaskMarketAuditorSeedDrawn)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SeedDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorSeedNotReady represents a SeedNotReady error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSeedNotReady struct {
	AtBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedNotReady(uint64 atBlock)
func TaskMarketAuditorSeedNotReadyErrorID() common.Hash {
	return common.HexToHash("0x02c32a2ded6a884902067b2ecedffb35e60172bb0e3614bc08bd2b9fdd715e2e")
}

// UnpackSeedNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedNotReady(uint64 atBlock)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSeedNotReadyError(raw []byte) (*TaskMarketAuditorSeedNotReady, error) {
	out := new(TaskMarketAuditorSeedNotReady)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SeedNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorSelfChallenge represents a SelfChallenge error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func TaskMarketAuditorSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (taskMarketAuditor *TaskMarketAuditor) UnpackSelfChallengeError(raw []byte) (*TaskMarketAuditorSelfChallenge, error) {
	out := new(TaskMarketAuditorSelfChallenge)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorSolverCannotAttest represents a SolverCannotAttest error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSolverCannotAttest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SolverCannotAttest()
func TaskMarketAuditorSolverCannotAttestErrorID() common.Hash {
	return common.HexToHash("0x414aa7c2b91574420a3df2751135219458bb184a96c7379cbe5a41e0d7c42fb0")
}

// UnpackSolverCannotAttestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SolverCannotAttest()
func (taskMarketAuditor *TaskMarketAuditor) UnpackSolverCannotAttestError(raw []byte) (*TaskMarketAuditorSolverCannotAttest, error) {
	out := new(TaskMarketAuditorSolverCannotAttest)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SolverCannotAttest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorStillUnbonding represents a StillUnbonding error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorStillUnbonding struct {
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func TaskMarketAuditorStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func (taskMarketAuditor *TaskMarketAuditor) UnpackStillUnbondingError(raw []byte) (*TaskMarketAuditorStillUnbonding, error) {
	out := new(TaskMarketAuditorStillUnbonding)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorTooEarly represents a TooEarly error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTooEarly struct {
	When uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 when)
func TaskMarketAuditorTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 when)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTooEarlyError(raw []byte) (*TaskMarketAuditorTooEarly, error) {
	out := new(TaskMarketAuditorTooEarly)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorTooLate represents a TooLate error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTooLate struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLate(uint64 deadline)
func TaskMarketAuditorTooLateErrorID() common.Hash {
	return common.HexToHash("0x4d673a06590205f21674ad45375abc81b85de145ee567806f534cab23841a1cf")
}

// UnpackTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLate(uint64 deadline)
func (taskMarketAuditor *TaskMarketAuditor) UnpackTooLateError(raw []byte) (*TaskMarketAuditorTooLate, error) {
	out := new(TaskMarketAuditorTooLate)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "TooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorTransferFailed represents a TransferFailed error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func TaskMarketAuditorTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (taskMarketAuditor *TaskMarketAuditor) UnpackTransferFailedError(raw []byte) (*TaskMarketAuditorTransferFailed, error) {
	out := new(TaskMarketAuditorTransferFailed)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorVoidAttestation represents a VoidAttestation error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorVoidAttestation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoidAttestation()
func TaskMarketAuditorVoidAttestationErrorID() common.Hash {
	return common.HexToHash("0xe5fa05017936367989191d0a2bf78a991346eefde714ee6f716a161639ca2ee1")
}

// UnpackVoidAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoidAttestation()
func (taskMarketAuditor *TaskMarketAuditor) UnpackVoidAttestationError(raw []byte) (*TaskMarketAuditorVoidAttestation, error) {
	out := new(TaskMarketAuditorVoidAttestation)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "VoidAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorWrongAttestation represents a WrongAttestation error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorWrongAttestation struct {
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAttestation(uint8 have)
func TaskMarketAuditorWrongAttestationErrorID() common.Hash {
	return common.HexToHash("0x5c4ff07df9dd3df359f8cd3c0e34edf70cd62c87a0eb81e718aaa35457b123de")
}

// UnpackWrongAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAttestation(uint8 have)
func (taskMarketAuditor *TaskMarketAuditor) UnpackWrongAttestationError(raw []byte) (*TaskMarketAuditorWrongAttestation, error) {
	out := new(TaskMarketAuditorWrongAttestation)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "WrongAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorWrongStatus represents a WrongStatus error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorWrongStatus struct {
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint8 have)
func TaskMarketAuditorWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x359011ccd738a108d04e7a1ab24582560fddd574ce22131d066f1d19eed7398c")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint8 have)
func (taskMarketAuditor *TaskMarketAuditor) UnpackWrongStatusError(raw []byte) (*TaskMarketAuditorWrongStatus, error) {
	out := new(TaskMarketAuditorWrongStatus)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAuditorZeroAmount represents a ZeroAmount error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func TaskMarketAuditorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (taskMarketAuditor *TaskMarketAuditor) UnpackZeroAmountError(raw []byte) (*TaskMarketAuditorZeroAmount, error) {
	out := new(TaskMarketAuditorZeroAmount)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
