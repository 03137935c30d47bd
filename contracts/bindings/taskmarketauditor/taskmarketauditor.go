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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"BadTrace\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"ClaimHashExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LazyAttestation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChunkRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"NoDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"SeedExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"added\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"name\":\"ChecksAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"ChunksAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"TraceLeaves\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTEST_BOUNTY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHUNKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_DRAW_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"}],\"name\":\"addChecks\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketChunkOpening[]\",\"name\":\"o\",\"type\":\"tuple[]\"}],\"name\":\"answerChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"disputeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"task\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"}],\"name\":\"requestChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketDecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarketAuditor",
	Bin: "0x6101206040526001600855348015610015575f5ffd5b50604051614ce6380380614ce68339810160408190526100349161012f565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c052841660e081905260408051630c6e60dd60e41b8152905163c6e60dd0916004808201926020929091908290030181865afa1580156100d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fd919061019c565b6001600160a01b031661010052506101be9650505050505050565b6001600160a01b038116811461012c575f5ffd5b50565b5f5f5f5f60808587031215610142575f5ffd5b845161014d81610118565b60208601519094506001600160401b0381168114610169575f5ffd5b604086015190935061017a81610118565b606086015190925061ffff81168114610191575f5ffd5b939692955090935050565b5f602082840312156101ac575f5ffd5b81516101b781610118565b9392505050565b60805160a05160c05160e05161010051614acb61021b5f395f50505f818161057b01528181610aa801526132a601525f818161048b01526133e401525f8181610371015261346101525f818161066401526120450152614acb5ff3fe6080604052600436106101e6575f3560e01c8063833b15ca11610108578063b6cb58a51161009d578063cbf9fe5f1161006d578063cbf9fe5f146105c8578063ced4cd2e146105f3578063d0e30db01461064b578063db7dd35a14610653578063f43cc77314610686575f5ffd5b8063b6cb58a514610555578063c3fe3e281461056a578063c89e9d4a1461030f578063c9b5bb171461059d575f5ffd5b8063a3d89844116100d8578063a3d8984414610446578063a5394c0a1461045b578063ac9380d61461047a578063b1eb0fb7146104c0575f5ffd5b8063833b15ca146103ca57806387679f8e146103e95780638dbdcb6d146104085780639ee679e814610427575f5ffd5b80634029c4381161017e5780635ed253461161014e5780635ed25346146103395780635edbacac1461034d57806361d027b31461036057806370c04d80146103ab575f5ffd5b80634029c438146102db5780634a1d0eed146102fa57806352d63ff41461030f5780635689141214610324575f5ffd5b80632ef3dbf5116101b95780632ef3dbf514610289578063333e44e61461029d578063350fd0be146102b25780633ccfd60b146102c7575f5ffd5b806317e85926146101ea5780631af7453d1461020b5780631d6698bb1461023d57806323d9f2bb1461026a575b5f5ffd5b3480156101f5575f5ffd5b50610209610204366004614207565b61069a565b005b348015610216575f5ffd5b5061022a61022536600461423d565b610856565b6040519081526020015b60405180910390f35b348015610248575f5ffd5b50610252611fff81565b6040516001600160401b039091168152602001610234565b348015610275575f5ffd5b506102096102843660046142dc565b610c4e565b348015610294575f5ffd5b50610252600481565b3480156102a8575f5ffd5b5061022a60035481565b3480156102bd575f5ffd5b5061022a60055481565b3480156102d2575f5ffd5b50610209610f22565b3480156102e6575f5ffd5b506102096102f5366004614323565b61107e565b348015610305575f5ffd5b5061022a60075481565b34801561031a575f5ffd5b5061022a6103e881565b34801561032f575f5ffd5b5061022a60045481565b348015610344575f5ffd5b5061022a601081565b61020961035b3660046143a3565b611434565b34801561036b575f5ffd5b506103937f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610234565b3480156103b6575f5ffd5b506102096103c53660046143d9565b611675565b3480156103d5575f5ffd5b506102096103e4366004614450565b6118e9565b3480156103f4575f5ffd5b50610209610403366004614479565b611b12565b348015610413575f5ffd5b50610209610422366004614490565b611d81565b348015610432575f5ffd5b50610209610441366004614479565b611fee565b348015610451575f5ffd5b5061022a60065481565b348015610466575f5ffd5b506102096104753660046144c3565b6120f5565b348015610485575f5ffd5b506104ad7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610234565b3480156104cb575f5ffd5b5061051b6104da366004614479565b600f6020525f9081526040902080546001909101546001600160a01b03808316926001600160401b03600160a01b9182900481169392831692919091041684565b604080516001600160a01b0395861681526001600160401b0394851660208201529490921691840191909152166060820152608001610234565b348015610560575f5ffd5b5061022a60095481565b348015610575575f5ffd5b506103937f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a8575f5ffd5b5061022a6105b7366004614518565b5f6020819052908152604090205481565b3480156105d3575f5ffd5b5061022a6105e2366004614518565b60016020525f908152604090205481565b3480156105fe575f5ffd5b5061062e61060d366004614518565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610234565b6102096125af565b34801561065e575f5ffd5b506102527f000000000000000000000000000000000000000000000000000000000000000081565b348015610691575f5ffd5b5061022a612641565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff1660058111156106d2576106d2614531565b146106ff578054604051635c4ff07d60e01b81526106f69160ff1690600401614558565b60405180910390fd5b6008820154600160401b90046001600160401b031642111561074b5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106f6565b805461076890600160481b90046001600160401b0316600161457f565b6107749061010061457f565b4311156107c957805461079890600160481b90046001600160401b03166001614592565b6107a490610100614592565b60405163734e2b7960e01b81526001600160401b0390911660048201526024016106f6565b80545f906107e5908690600160881b900463ffffffff1661267e565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a60209081526040808320600b90925282206009015460ff1661089157604051630bb55aad60e41b815260040160405180910390fd5b600c810154600160481b90046001600160401b031642106108dc57600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b031660048201526024016106f6565b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff16600581111561091557610915614531565b1415801561093957506004815460ff16600581111561093657610936614531565b14155b1561095d578054604051635c4ff07d60e01b81526106f69160ff1690600401614558565b6001600160a01b03851633036109865760405163706cd38160e01b815260040160405180910390fd5b5f868152600b6020526040902061099d908261284e565b156109bb5760405163e5fa050160e01b815260040160405180910390fd5b5f868152600b602052604090206109d2908261289d565b156109f057604051631b57bab360e01b815260040160405180910390fd5b805461010090046001600160401b0316610a0d60208601866145c7565b6001600160401b0316141580610a2b57508060020154846060013514155b15610a4957604051637ca55c7760e01b815260040160405180910390fd5b610a548683866128ed565b610a653383600601600101546129bd565b805460ff1916600417815560038101805463ffffffff16905f610a87836145e0565b91906101000a81548163ffffffff021916908363ffffffff160217905550507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630bdfdaff610afb8488885f016020810190610aec91906145c7565b89602001358a60600135612a46565b6040518263ffffffff1660e01b8152600401610b179190614604565b6020604051808303815f875af1158015610b33573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b579190614700565b9250610bf78684610b6b60208801886145c7565b604080516080810182523381526001600160401b0392831660208083019182526001600160a01b03808e16848601908152978616606085019081525f978852600f909252939095209151825491519084166001600160e01b031992831617600160a01b918616820217835595516001909201805495519290931694169390931792909116909202179055565b336001600160a01b0316856001600160a01b0316877f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c86604051610c3d91815260200190565b60405180910390a450509392505050565b5f838152600a602052604090206003600c82015460ff166007811115610c7657610c76614531565b14158015610c9d57506004600c82015460ff166007811115610c9a57610c9a614531565b14155b15610cc457600c810154604051630d64047360e21b81526106f69160ff1690600401614717565b60098101546001600160a01b03163314610cf1576040516331511a2160e21b815260040160405180910390fd5b811580610cfe5750601082115b15610d1c5760405163a7efde2760e01b815260040160405180910390fd5b600c810154600160481b90046001600160401b031615801590610d535750600c810154600160481b90046001600160401b03164210155b15610d8857600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b031660048201526024016106f6565b5f5b82811015610e145760058201546001600160a01b90910460ff161b6020858584818110610db957610db961472b565b9050602002016020810190610dce91906145c7565b6001600160401b0316901c6001610de59190614592565b6001600160401b031610610e0c5760405163a7efde2760e01b815260040160405180910390fd5b600101610d8a565b505f848152600e6020526040902060018101546001600160401b031615610e5f57600181015460405163e39c431360e01b81526001600160401b0390911660048201526024016106f6565b610e703383600601600101546129bd565b8383604051602001610e83929190614785565b60408051808303601f19018152919052805160209091012081556008820154610ebc90600160c01b90046001600160401b031642614592565b60018201805467ffffffffffffffff19166001600160401b0392909216918217905560405186917ff3ff6e5e62e2056b4fc9d7562aa12e5f7e257bbad586f180c0f9648239e51a0f91610f139188918891906147a0565b60405180910390a25050505050565b600854600114610f455760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f9081526020919091526040812080549091819003610f7f57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b0316421015610fbe57600182015460405163be8a527b60e01b81526001600160401b0390911660048201526024016106f6565b5f80835560058054839290610fd49084906147cc565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f811461104d576040519150601f19603f3d011682016040523d82523d5f602084013e611052565b606091505b5050905080611074576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f61108a866003612b93565b5f878152600b60205260409020600a820154919250906001600160a01b031633146110c85760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f036110f8576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff161561111e576040516375dde69b60e01b815260040160405180910390fd5b600f8201545f0361114257604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161118d57600881015460405163d606d83f60e01b8152600160801b9091046001600160401b031660048201526024016106f6565b6008810154600160c01b90046001600160401b03164211156111d95760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b031660048201526024016106f6565b6006810154604080516020810189905201604051602081830303815290604052805190602001201461121e5760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f9081906112519089908b61124681612bf2565b875461ffff16612c20565b91509150811561136f576112698989838a8a8a612cb4565b5f898152600d60209081526040808320600b8701549151909284926112a4928792016001600160401b03929092168252602082015260400190565b60408051601f198184030181529181528151602092830120835290820192909252015f90812054600c8601805464010000000063ffffffff90931692830267ffffffff00000000199091161790556003860154600287015491935061130891612e2e565b905063ffffffff82161580159061131e57508015155b1561136c575f61133463ffffffff8416836147f3565b600d8701819055905061134d63ffffffff841682614806565b600e87015561136a61136563ffffffff851683614806565b612e77565b505b50505b600884015461138e90600160801b90046001600160401b031642614592565b600c858101805470ffffffffffffffff0000000000000000001916600160481b6001600160401b0394851602179055600d8087015491860154908601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f828152600a60209081526040808320600b90925290912060098201546001600160a01b03163314611479576040516331511a2160e21b815260040160405180910390fd5b600c82015460ff165f81600781111561149457611494614531565b14806114b1575060048160078111156114af576114af614531565b115b156114d15780604051630d64047360e21b81526004016106f69190614717565b81546201000090046001600160401b03165f03611501576040516316a519cf60e31b815260040160405180910390fd5b6008820154600160401b90046001600160401b03161580159061153757506008820154600160401b90046001600160401b031642115b1561156c5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106f6565b60058201545f906115869063ffffffff808816911661457f565b905063ffffffff851615806115a35750600583015463ffffffff16155b806115b1575063ffffffff81115b806115d1575060048301546115cd9063ffffffff871690614806565b3414155b156115ef57604051631a4878ed60e21b815260040160405180910390fd5b60058301805463ffffffff191663ffffffff8316179055600f830180543491905f9061161c90849061457f565b9091555061162b905034612ea8565b6040805163ffffffff80881682528316602082015287917f5c077d2e37e6c4514190a0520733e825a6e799d6925fd53fd26d186948e0df11910160405180910390a2505050505050565b5f858152600a60209081526040808320600e90925282206001810154919290916001600160401b031690036116bd576040516358568b5160e01b815260040160405180910390fd5b60018101546001600160401b03164211156116fc5760018101546040516326b39d0360e11b81526001600160401b0390911660048201526024016106f6565b82851415806117345750805460405161171b9088908890602001614785565b6040516020818303038152906040528051906020012014155b156117525760405163a7efde2760e01b815260040160405180910390fd5b5f856001600160401b0381111561176b5761176b61481d565b604051908082528060200260200182016040528015611794578160200160208202803683370190505b5090505f5b8681101561185f576117f5848989848181106117b7576117b761472b565b90506020020160208101906117cc91906145c7565b8888858181106117de576117de61472b565b90506020028101906117f09190614831565b612eb9565b61181257604051637ca55c7760e01b815260040160405180910390fd5b8585828181106118245761182461472b565b90506020028101906118369190614831565b6020013582828151811061184c5761184c61472b565b6020908102919091010152600101611799565b505f888152600e60205260408120908155600101805467ffffffffffffffff19169055600983015460078401546118a1916001600160a01b031690338161309a565b877f409c0e1c1ce25997854455cc772b3ca1732f70ee9e6a87ff3b99d189c1175472338989856040516118d7949392919061484f565b60405180910390a25050505050505050565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff16600581111561192157611921614531565b14611945578054604051635c4ff07d60e01b81526106f69160ff1690600401614558565b6008820154600160401b90046001600160401b0316421161199057600882015460405163d606d83f60e01b8152600160401b9091046001600160401b031660048201526024016106f6565b6008820154600160801b90046001600160401b03164211156119dc5760088201546040516326b39d0360e11b8152600160801b9091046001600160401b031660048201526024016106f6565b600181015460408051602081018890523391810191909152606081018690526080810185905260a0016040516020818303038152906040528051906020012014611a3957604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff1691611aac836145e0565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101610847565b5f611b1e826003612b93565b5f838152600b602052604081208054929350916201000090046001600160401b03169003611b5f576040516316a519cf60e31b815260040160405180910390fd5b600f8201545f03611b8357604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b0316421115611bcf5760088101546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106f6565b600a8201546001600160a01b03163303611bfc576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff166005811115611c2b57611c2b614531565b14611c49576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff1615801590611c7457506005820154600c83015463ffffffff918216911610155b15611ca057600582015460405163fa17747b60e01b815263ffffffff90911660048201526024016106f6565b611cb033835f01600101546129bd565b600c82015463ffffffff16611cc68160016148b6565b600c8401805463ffffffff191663ffffffff928316179055825474ffffffffffffffffffffffff0000000000000000ff1916600160481b436001600160401b03818116830263ffffffff60881b191693909317600160881b9486169485021760011786555f898152601060209081526040808320968352958152908590209190915585549351919093049091168152339187917ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac1999101610847565b6001600160a01b038216611dab5760405163a80d67dd60e01b8152600481018290526024016106f6565b5f838152600c602090815260408083206001600160a01b03861684529091528120906005825460ff166005811115611de557611de5614531565b1490505f5f611df6878688866131d3565b60038701805493955090935063ffffffff9092169190505f611e17836148d2565b825463ffffffff9182166101009390930a9283029190920219909116179055505f878152600a602052604090206001826002811115611e5857611e58614531565b03611ee657611e6f83826006016001015489613393565b83158015611e855750600385015463ffffffff16155b15611e9657845460ff191660031785555b60408051878152600160208201526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a35050505050505050565b611ef783826006016001015461351a565b604080518781525f60208201526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a38315611f4c575050505050505050565b5f888152600b602052604090206001810154611f82898287612710611f736103e884614806565b611f7d91906147f3565b61309a565b865460ff19166005178755611f9782886135dd565b6009830154611fb09083906001600160a01b0316613668565b886001600160a01b03168a5f516020614a765f395f51905f5260045f604051611fda9291906148f0565b60405180910390a350505050505050505050565b805f0361200e57604051631f2a200560e01b815260040160405180910390fd5b61201833826136a2565b335f90815260026020526040812080549091839183919061203a90849061457f565b9091555061206a90507f000000000000000000000000000000000000000000000000000000000000000042614592565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f8282546120a2919061457f565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91015b60405180910390a25050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff90911690600282600581111561214557612145614531565b14806121625750600182600581111561216057612160614531565b145b1561221c576008840154600160801b90046001600160401b031642116121b257600884015460405163d606d83f60e01b8152600160801b9091046001600160401b031660048201526024016106f6565b825460ff191660051783556121c78882613726565b60098501546121e09085906001600160a01b0316613668565b876001600160a01b0316895f516020614a765f395f51905f5260015f60405161220a9291906148f0565b60405180910390a350505050506125a9565b600382600581111561223057612230614531565b146122505781604051635c4ff07d60e01b81526004016106f69190614558565b6005600c86015460ff16600781111561226b5761226b614531565b1415801561229257506006600c86015460ff16600781111561228f5761228f614531565b14155b156122b957600c850154604051630d64047360e21b81526106f69160ff1690600401614717565b600c850154600160481b90046001600160401b031642101561230557600c85015460405163d606d83f60e01b8152600160481b9091046001600160401b031660048201526024016106f6565b825460ff19166005178084556002840154906001600160401b0361010090910416612330868661284e565b156123965761233f8a8461351a565b60098701546123589087906001600160a01b0316613668565b896001600160a01b03168b5f516020614a765f395f51905f5260055f6040516123829291906148f0565b60405180910390a3505050505050506125a9565b5f6123a1878761289d565b156123aa575060025b5f8160058111156123bd576123bd614531565b1461242d576123cc8b85613726565b6123d687876135dd565b60098801546123ef9088906001600160a01b0316613668565b8a6001600160a01b03168c5f516020614a765f395f51905f52835f6040516124189291906148f0565b60405180910390a350505050505050506125a9565b6124378b8561351a565b60098701545f90610100900460ff168015612468575060098801546001600160401b03848116630100000090920416145b8015612477575087600b015484145b80156124865750600d88015415155b156124b55787600d015490508088600e015f8282546124a591906147cc565b909155506124b590508c82613806565b5f6005600c8b015460ff1660078111156124d1576124d1614531565b14801561250457506124fe6124e58f612bf2565b6124f9906001600160401b0316600161457f565b613827565b60ff168b145b80156125315750600d8a015461252f866125286001600160401b038816600161457f565b8f8f61384f565b145b9050801561254b576004890154612548908361457f565b91505b61256d89826125675760098c01546001600160a01b0316613668565b8e613668565b8c6001600160a01b03168e5f516020614a765f395f51905f5285856040516125969291906148f0565b60405180910390a3505050505050505050505b50505050565b345f036125cf57604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906125ed90849061457f565b925050819055503460035f828254612605919061457f565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f60075460065460055460045460035461265b919061457f565b612665919061457f565b61266f919061457f565b612679919061457f565b905090565b5f828152600b60205260408120600c810154600160401b900463ffffffff16808410156126d7575f85815260106020908152604080832087845290915290819020546126ce91600191901c6147cc565b92505050612848565b5f5f5f6126e48888613896565b919450925090505f5b83518110156127eb575f8282815181106127095761270961472b565b602002602001015190508382815181106127255761272561472b565b60200260200101516001600160401b031660018261274391906147cc565b0361274b57505f5b5f8a8152601160205260408120855183929087908690811061276f5761276f61472b565b602002602001015181526020019081526020015f2081905550604085838151811061279c5761279c61472b565b602002602001015160016127b0919061457f565b5f8c81526010602052604081209190921b916127cc858a61457f565b815260208101919091526040015f2080549091179055506001016126ed565b506127f787600161457f565b85600c0160086101000a81548163ffffffff021916908363ffffffff160217905550826001845161282891906147cc565b815181106128385761283861472b565b6020026020010151955050505050505b92915050565b60098201545f90610100900460ff1680156128965750600983015461288490630100000090046001600160401b0316600161457f565b825461010090046001600160401b0316145b9392505050565b60098201545f90610100900460ff1680156128d557506009830154825461010090046001600160401b03908116630100000090920416145b8015612896575050600a909101546002909101541490565b5f6128f784612bf2565b90506001600160401b03811661291060208401846145c7565b6001600160401b031610158061294d57506129386124f96001600160401b038316600161457f565b60ff166129486040840184614907565b905014155b1561296b57604051637ca55c7760e01b815260040160405180910390fd5b600d83015461299f6020840180359061298490866145c7565b6001600160401b031661299a6040870187614907565b61384f565b146125a957604051637ca55c7760e01b815260040160405180910390fd5b6129c782826136a2565b6001600160a01b0382165f90815260016020526040812080548392906129ee90849061457f565b925050819055508060045f828254612a06919061457f565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd60008906020016120e9565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080516101a0810182526001600160a01b0387168152600c880154600160a81b900461ffff16602082015233918101919091526001870154606082015260028701546080820152600387015460a082015260c0810184905260e081018390526005870154610100820190612b3390600160401b90046001600160401b03168761494c565b6001600160401b0390811682526005890154600160401b810482166020840152600160801b810463ffffffff166040840152600160a01b900460ff1660608301526008890154600160c01b90041660809091015290505b95945050505050565b5f828152600a60205260409020816007811115612bb257612bb2614531565b600c82015460ff166007811115612bcb57612bcb614531565b1461284857600c810154604051630d64047360e21b81526106f69160ff1690600401614717565b5f818152600a602052604081206005810154612896906001600160401b03600160401b82048116911661496e565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f9081906001600160401b0385161580612c7a575061ffff8416612c776127108361499b565b10155b15612c8b575f5f9250925050612caa565b6001612ca46001600160401b038716608084901c61499b565b92509250505b9550959350505050565b5f868152600a60209081526040808320600b909252822090918080612d4186612d3c8c8e6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c00190528151910120600160ff9091161790565b613a83565b919450925090505f612d5d6001600160401b038b16600161457f565b9050831580612d7a5750612d736124e58d612bf2565b60ff168814155b80612d94575085600d0154612d9183838c8c61384f565b14155b15612db257604051637ca55c7760e01b815260040160405180910390fd5b612dbe83828b8b61384f565b600d870155612dcc8c612bf2565b6001600160401b03168103612de357600e86018390555b506009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600a83019790975550600b0194909455505050505050565b6007545f90612710612e426103e883614806565b612e4c91906147f3565b612e56908461457f565b915081841015612e64578391505b81811015612e70578091505b5092915050565b8060075f828254612e8891906147cc565b925050819055508060065f828254612ea0919061457f565b909155505050565b8060065f828254612ea0919061457f565b5f63ffffffff602084901c8116908416612ed660808501856149ae565b159050612fd2576020840135151580612efc5750612ef76040850185614907565b151590505b80612f62575083356002612f1360808701876149ae565b604051612f219291906149f0565b602060405180830381855afa158015612f3c573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190612f5f9190614700565b14155b80612f8a5750612f7d612f7860808601866149ae565b613ac7565b612f88826008614806565b105b15612f99575f92505050612896565b600e860154612fc8612fb0863560a0880135613c16565b612fbb85600161457f565b61299a6060890189614907565b1492505050612896565b8335158015612fe357506020840135155b8015612ffb5750612ff76040850185614907565b1590505b15613043576005860154600160a01b900460ff1661301c6060860186614907565b905014801561303a5750600e860154612fc85f612fbb85600161457f565b92505050612896565b5f8061307a848735613056866008614806565b60208a013561306860408c018c614907565b61307560608e018e614907565b613c4f565b9150915081801561308e575087600e015481145b98975050505050505050565b6001600160a01b0384165f90815260016020526040812080548592906130c19084906147cc565b925050819055508260045f8282546130d991906147cc565b90915550506001600160a01b0382165f908152602081905260408120805483929061310590849061457f565b925050819055508060035f82825461311d919061457f565b9091555061312d905081846147cc565b60075f82825461313d919061457f565b909155505060408051848152602081018390525f8183015290516001600160a01b0384811692908716917f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359181900360600190a37f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca576131bc82856147cc565b60405190815260200160405180910390a150505050565b5f838152600f60209081526040808320815160808101835281546001600160a01b038082168084526001600160401b03600160a01b938490048116978501979097526001909401549081169483019490945290920490921660608201528291829190158061324e57508781606001516001600160401b031614155b8061326f5750856001600160a01b031681604001516001600160a01b031614155b156132905760405163a80d67dd60e01b8152600481018890526024016106f6565b604051633c59405960e01b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa1580156132f3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061331791906149ff565b91505f82600281111561332c5761332c614531565b148015613337575084155b15613355576040516347ca30d160e11b815260040160405180910390fd5b5f968752600f6020908152604090972080546001600160e01b0319908116825560019091018054909116905580519601519597959650949350505050565b6001600160a01b0383165f90815260016020526040812080548492906133ba9084906147cc565b925050819055508160045f8282546133d291906147cc565b909155505f905061271061340a61ffff7f00000000000000000000000000000000000000000000000000000000000000001685614806565b61341491906147f3565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254613447919061457f565b90915550613457905081846147cc565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260408120805490919061349e90849061457f565b925050819055508260035f8282546134b6919061457f565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d64003585846134f681836147cc565b6040805193845260208401929092529082015260600160405180910390a350505050565b6001600160a01b0382165f90815260016020526040812080548392906135419084906147cc565b925050819055508060045f82825461355991906147cc565b90915550506001600160a01b0382165f908152602081905260408120805483929061358590849061457f565b925050819055508060035f82825461359d919061457f565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d906020016120e9565b6009820154610100900460ff16801561361357506009820154815461010090046001600160401b03908116630100000090920416145b8015613626575081600b01548160020154145b80156136355750600d82015415155b156136645781600d015482600e015f82825461365191906147cc565b9091555050600d82015461366490613cfb565b5050565b60048201545f81900361367a57505050565b8083600f015f82825461368d91906147cc565b9091555061369d90508282613806565b505050565b6001600160a01b0382165f90815260208190526040902054818110156136e55760405163018ac91360e61b815260048101829052602481018390526044016106f6565b6136ef82826147cc565b6001600160a01b0384165f908152602081905260408120919091556003805484929061371c9084906147cc565b9091555050505050565b6001600160a01b0382165f908152600160205260408120805483929061374d9084906147cc565b925050819055508060045f82825461376591906147cc565b925050819055508060075f82825461377d919061457f565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b8060065f82825461381791906147cc565b9091555061366490508282613d5f565b5f5b818160ff166001901b101561384a578061384281614a1d565b915050613829565b919050565b5f61010082108015613862575083821c15155b1561388a5760405163177e5bcb60e01b815260048101859052602481018390526044016106f6565b612b8a85858585613dde565b5f828152600b60205260408120600c015460609182918291600160401b90910463ffffffff1690816138c987600161457f565b6138d391906147cc565b9050806001600160401b038111156138ed576138ed61481d565b604051908082528060200260200182016040528015613916578160200160208202803683370190505b509450806001600160401b038111156139315761393161481d565b60405190808252806020026020018201604052801561395a578160200160208202803683370190505b509350806001600160401b038111156139755761397561481d565b60405190808252806020026020018201604052801561399e578160200160208202803683370190505b5092505f6139ab88612bf2565b5f898152600a60205260408120600f01546001600160401b039290921692505b83811015613a77575f806139ea8c6139e3858a61457f565b8787613e84565b915091506139fb8c838b8b87613fdf565b8a8481518110613a0d57613a0d61472b565b60200260200101818152505081898481518110613a2c57613a2c61472b565b602002602001018181525050613a458c828b8b87613fdf565b613a5090600161457f565b888481518110613a6257613a6261472b565b602090810291909101015250506001016139cb565b50505050509250925092565b5f8080613aba8535602087013560408801356060890135613aa760808b018b614907565b613ab460a08d018d614907565b8c6140a1565b9250925092509250925092565b5f6004821015613ad857505f612848565b5f600884846002818110613aee57613aee61472b565b919091013560f81c90911b905084846001818110613b0e57613b0e61472b565b613b249392013560f81c9091179050600361457f565b9050808311613b36575f915050612848565b5f848483818110613b4957613b4961472b565b919091013560f81c9150829050613b5f81614a32565b9250613b6e9050816008614806565b613b78908361457f565b8414613b88575f92505050612848565b600192505f5b81811015613c0d575f805b6008811015613bf757613bad816008614806565b888883613bbb876008614806565b613bc5908a61457f565b613bcf919061457f565b818110613bde57613bde61472b565b919091013560f81c90911b929092179150600101613b99565b50613c028186614806565b945050600101613b8e565b50505092915050565b5f6040516002815383600182015282602182015260205f60418360025afa613c455763832d99055f526004601cfd5b50505f5192915050565b5f80600388901c61010086108015613c68575080861c15155b15613c7957505f9150819050613cee565b5f198b03613c8d57505f9150819050613cee565b5f613c998c600161457f565b905061010085108015613cad575080851c15155b15613cc057505f9250829150613cee9050565b5f613cd68c613cd18c868d8d613dde565b613c16565b90506001613ce682848a8a613dde565b945094505050505b9850989650505050505050565b8060065f828254613d0c91906147cc565b925050819055508060075f828254613d24919061457f565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b6001600160a01b0382165f9081526020819052604081208054839290613d8690849061457f565b925050819055508060035f828254613d9e919061457f565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3906020016120e9565b5f6040515f815385600182015260205f60218360025afa613e065763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015613e7957600187168015613e3a5782356001850152846021850152613e48565b846001850152823560218501525b5060205f60418560025afa613e645763832d99055f526004601cfd5b5f5193508660011c9650602082019150613e16565b505050949350505050565b5f84815260106020908152604080832086845290915281205481908190613eac906001614592565b6001600160401b03169050804311613eee57613ec981600161457f565b6040516302c32a2d60e01b81526001600160401b0390911660048201526024016106f6565b5f613ef882614123565b90505f819003613f58576040805160606020820181905260116080830152701d995c9a5d1c985a5b8b995e1c1a5c9959607a1b60a08301529181018a905290810188905260c0016040516020818303038152906040528051906020012090505b5f613f63878961499b565b613f6d90886147cc565b90505f6040613f7c898b6147f3565b60408051602081018b9052908101869052606081018c9052911b91508290608001604051602081830303815290604052805190602001205f1c613fbf919061499b565b81179550613fce6001836147cc565b811794505050505094509492505050565b5f815b801561405b578585613ff56001846147cc565b815181106140055761400561472b565b6020026020010151036140495760018461401f82846147cc565b8151811061402f5761402f61472b565b602002602001015161404191906147cc565b915050612b8a565b8061405381614a4a565b915050613fe2565b505f868152601160209081526040808320888452909152902054801561408b576140866001826147cc565b614096565b856001600160401b03165b979650505050505050565b5f5f5f6140b48c8c8c8c8c8c8c8c613c4f565b909350915061410e8c8c8c6141058d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c613c4f565b90508091505099509950999650505050505050565b5f81431161413257505f919050565b61010061413f83436147cc565b1161414957504090565b5f5f71f90827f1c53a10cb7a02335b1753200029356001600160a01b03168460405160200161417a91815260200190565b60408051601f198184030181529082905261419491614a5f565b5f60405180830381855afa9150503d805f81146141cc576040519150601f19603f3d011682016040523d82523d5f602084013e6141d1565b606091505b50915091508180156141e4575080516020145b1561420057808060200190518101906141fd9190614700565b92505b5050919050565b5f5f60408385031215614218575f5ffd5b50508035926020909101359150565b80356001600160a01b038116811461384a575f5ffd5b5f5f5f6060848603121561424f575f5ffd5b8335925061425f60208501614227565b915060408401356001600160401b03811115614279575f5ffd5b840160a0818703121561428a575f5ffd5b809150509250925092565b5f5f83601f8401126142a5575f5ffd5b5081356001600160401b038111156142bb575f5ffd5b6020830191508360208260051b85010111156142d5575f5ffd5b9250929050565b5f5f5f604084860312156142ee575f5ffd5b8335925060208401356001600160401b0381111561430a575f5ffd5b61431686828701614295565b9497909650939450505050565b5f5f5f5f5f60808688031215614337575f5ffd5b853594506020860135935060408601356001600160401b0381111561435a575f5ffd5b61436688828901614295565b90945092505060608601356001600160401b03811115614384575f5ffd5b860160c08189031215614395575f5ffd5b809150509295509295909350565b5f5f604083850312156143b4575f5ffd5b82359150602083013563ffffffff811681146143ce575f5ffd5b809150509250929050565b5f5f5f5f5f606086880312156143ed575f5ffd5b8535945060208601356001600160401b03811115614409575f5ffd5b61441588828901614295565b90955093505060408601356001600160401b03811115614433575f5ffd5b61443f88828901614295565b969995985093965092949392505050565b5f5f5f60608486031215614462575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215614489575f5ffd5b5035919050565b5f5f5f606084860312156144a2575f5ffd5b833592506144b260208501614227565b929592945050506040919091013590565b5f5f5f5f606085870312156144d6575f5ffd5b843593506144e660208601614227565b925060408501356001600160401b03811115614500575f5ffd5b61450c87828801614295565b95989497509550505050565b5f60208284031215614528575f5ffd5b61289682614227565b634e487b7160e01b5f52602160045260245ffd5b6006811061455557614555614531565b50565b6020810161456583614545565b91905290565b634e487b7160e01b5f52601160045260245ffd5b808201808211156128485761284861456b565b6001600160401b0381811683821601908111156128485761284861456b565b80356001600160401b038116811461384a575f5ffd5b5f602082840312156145d7575f5ffd5b612896826145b1565b5f63ffffffff821663ffffffff81036145fb576145fb61456b565b60010192915050565b81516001600160a01b031681526101a08101602083015161462b602084018261ffff169052565b50604083015161464660408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e08301526101008301516146956101008401826001600160401b03169052565b506101208301516146b26101208401826001600160401b03169052565b506101408301516146cc61014084018263ffffffff169052565b506101608301516146e361016084018260ff169052565b50610180830151612e706101808401826001600160401b03169052565b5f60208284031215614710575f5ffd5b5051919050565b602081016008831061456557614565614531565b634e487b7160e01b5f52603260045260245ffd5b8183526020830192505f815f5b8481101561477b576001600160401b03614765836145b1565b168652602095860195919091019060010161474c565b5093949350505050565b602081525f61479860208301848661473f565b949350505050565b604081525f6147b360408301858761473f565b90506001600160401b0383166020830152949350505050565b818103818111156128485761284861456b565b634e487b7160e01b5f52601260045260245ffd5b5f82614801576148016147df565b500490565b80820281158282048414176128485761284861456b565b634e487b7160e01b5f52604160045260245ffd5b5f823560be19833603018112614845575f5ffd5b9190910192915050565b6001600160a01b03851681526060602082018190525f90614873908301858761473f565b8281036040840152835180825260208086019201905f5b818110156148a857835183526020938401939092019160010161488a565b509098975050505050505050565b63ffffffff81811683821601908111156128485761284861456b565b5f63ffffffff8216806148e7576148e761456b565b5f190192915050565b604081016148fd84614545565b9281526020015290565b5f5f8335601e1984360301811261491c575f5ffd5b8301803591506001600160401b03821115614935575f5ffd5b6020019150600581901b36038213156142d5575f5ffd5b6001600160401b038181168382160290811690818114612e7057612e7061456b565b5f6001600160401b03831680614986576149866147df565b806001600160401b0384160491505092915050565b5f826149a9576149a96147df565b500690565b5f5f8335601e198436030181126149c3575f5ffd5b8301803591506001600160401b038211156149dc575f5ffd5b6020019150368190038213156142d5575f5ffd5b818382375f9101908152919050565b5f60208284031215614a0f575f5ffd5b815160038110612896575f5ffd5b5f60ff821660ff81036145fb576145fb61456b565b5f60018201614a4357614a4361456b565b5060010190565b5f81614a5857614a5861456b565b505f190190565b5f82518060208501845e5f92019182525091905056fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220952b2fcf22cc370ae13e79d2ce8202e6cbf247377356262281fe9e959490204364736f6c63430008250033",
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

// PackSEEDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d6698bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_WINDOW() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) PackSEEDWINDOW() []byte {
	enc, err := taskMarketAuditor.abi.Pack("SEED_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d6698bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_WINDOW() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) TryPackSEEDWINDOW() ([]byte, error) {
	return taskMarketAuditor.abi.Pack("SEED_WINDOW")
}

// UnpackSEEDWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d6698bb.
//
// Solidity: function SEED_WINDOW() view returns(uint64)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSEEDWINDOW(data []byte) (uint64, error) {
	out, err := taskMarketAuditor.abi.Unpack("SEED_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAddChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5edbacac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addChecks(uint256 id, uint32 n) payable returns()
func (taskMarketAuditor *TaskMarketAuditor) PackAddChecks(id *big.Int, n uint32) []byte {
	enc, err := taskMarketAuditor.abi.Pack("addChecks", id, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5edbacac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addChecks(uint256 id, uint32 n) payable returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackAddChecks(id *big.Int, n uint32) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("addChecks", id, n)
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

// PackDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1eb0fb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOf(uint256 ) view returns(address challenger, uint64 segment, address attester, uint64 task)
func (taskMarketAuditor *TaskMarketAuditor) PackDisputeOf(arg0 *big.Int) []byte {
	enc, err := taskMarketAuditor.abi.Pack("disputeOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1eb0fb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOf(uint256 ) view returns(address challenger, uint64 segment, address attester, uint64 task)
func (taskMarketAuditor *TaskMarketAuditor) TryPackDisputeOf(arg0 *big.Int) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("disputeOf", arg0)
}

// DisputeOfOutput serves as a container for the return parameters of contract
// method DisputeOf.
type DisputeOfOutput struct {
	Challenger common.Address
	Segment    uint64
	Attester   common.Address
	Task       uint64
}

// UnpackDisputeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1eb0fb7.
//
// Solidity: function disputeOf(uint256 ) view returns(address challenger, uint64 segment, address attester, uint64 task)
func (taskMarketAuditor *TaskMarketAuditor) UnpackDisputeOf(data []byte) (DisputeOfOutput, error) {
	out, err := taskMarketAuditor.abi.Unpack("disputeOf", data)
	outstruct := new(DisputeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Segment = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Attester = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Task = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
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
// the contract method with ID 0x8dbdcb6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleAttestation(uint256 id, address attester, uint256 gameId) returns()
func (taskMarketAuditor *TaskMarketAuditor) PackSettleAttestation(id *big.Int, attester common.Address, gameId *big.Int) []byte {
	enc, err := taskMarketAuditor.abi.Pack("settleAttestation", id, attester, gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dbdcb6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleAttestation(uint256 id, address attester, uint256 gameId) returns()
func (taskMarketAuditor *TaskMarketAuditor) TryPackSettleAttestation(id *big.Int, attester common.Address, gameId *big.Int) ([]byte, error) {
	return taskMarketAuditor.abi.Pack("settleAttestation", id, attester, gameId)
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

// TaskMarketAuditorChecksAdded represents a ChecksAdded event raised by the TaskMarketAuditor contract.
type TaskMarketAuditorChecksAdded struct {
	Id           *big.Int
	Added        uint32
	MaxAttesters uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketAuditorChecksAddedEventName = "ChecksAdded"

// ContractEventName returns the user-defined event name.
func (TaskMarketAuditorChecksAdded) ContractEventName() string {
	return TaskMarketAuditorChecksAddedEventName
}

// UnpackChecksAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChecksAdded(uint256 indexed id, uint32 added, uint32 maxAttesters)
func (taskMarketAuditor *TaskMarketAuditor) UnpackChecksAddedEvent(log *types.Log) (*TaskMarketAuditorChecksAdded, error) {
	event := "ChecksAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketAuditor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAuditorChecksAdded)
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
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["NoDispute"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackNoDisputeError(raw[4:])
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
	if bytes.Equal(raw[:4], taskMarketAuditor.abi.Errors["SeedExpired"].ID.Bytes()[:4]) {
		return taskMarketAuditor.UnpackSeedExpiredError(raw[4:])
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

// TaskMarketAuditorNoDispute represents a NoDispute error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorNoDispute struct {
	Game *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDispute(uint256 game)
func TaskMarketAuditorNoDisputeErrorID() common.Hash {
	return common.HexToHash("0xa80d67dddd1f45ba3a6034d8306eb423887b4a175f6adbf160379b0b66481bbe")
}

// UnpackNoDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDispute(uint256 game)
func (taskMarketAuditor *TaskMarketAuditor) UnpackNoDisputeError(raw []byte) (*TaskMarketAuditorNoDispute, error) {
	out := new(TaskMarketAuditorNoDispute)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "NoDispute", raw); err != nil {
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

// TaskMarketAuditorSeedExpired represents a SeedExpired error raised by the TaskMarketAuditor contract.
type TaskMarketAuditorSeedExpired struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedExpired(uint64 lastBlock)
func TaskMarketAuditorSeedExpiredErrorID() common.Hash {
	return common.HexToHash("0x1f697f9cca754ba0d8d9b4dd848757b6b962e788ff2ae4d69b3ecc524d0ac39f")
}

// UnpackSeedExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedExpired(uint64 lastBlock)
func (taskMarketAuditor *TaskMarketAuditor) UnpackSeedExpiredError(raw []byte) (*TaskMarketAuditorSeedExpired, error) {
	out := new(TaskMarketAuditorSeedExpired)
	if err := taskMarketAuditor.abi.UnpackIntoInterface(out, "SeedExpired", raw); err != nil {
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
