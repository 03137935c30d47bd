// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package taskmarket

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

// TaskMarketAttestation is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketAttestation struct {
	State      uint8
	Segment    uint64
	Commitment [32]byte
	EndHash    [32]byte
	Challenger common.Address
	Game       *big.Int
}

// TaskMarketAudit is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketAudit struct {
	ForcedErrorBps uint16
	AttestWindow   uint64
	RevealWindow   uint64
	AttestStake    *big.Int
	JackpotFee     *big.Int
	Jackpot        *big.Int
	AttestFee      *big.Int
	MaxAttesters   uint32
}

// TaskMarketAuditState is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketAuditState struct {
	Audit             TaskMarketAudit
	SecretHash        [32]byte
	ClaimHash         [32]byte
	ClaimBlock        uint64
	AttestEnd         uint64
	RevealEnd         uint64
	SecretEnd         uint64
	SecretRevealed    bool
	Forced            bool
	SolverLost        bool
	ForcedSegment     uint64
	ChallengedSegment uint64
	ChallengedEnd     [32]byte
	ChallengeWinner   common.Address
	Decoy             [32]byte
	TrueLeaf          [32]byte
	Attesters         uint32
	Finders           uint32
	JackpotShare      *big.Int
	JackpotHeld       *big.Int
	FeesHeld          *big.Int
}

// TaskMarketChallenge is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketChallenge struct {
	Segment    uint64
	Start      [32]byte
	StartProof [][32]byte
	End        [32]byte
	EndProof   [][32]byte
}

// TaskMarketSpec is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketSpec struct {
	SpecHash     [32]byte
	NodesRoot    [32]byte
	StateMapRoot [32]byte
	DataRoot     [32]byte
	InitRoot     [32]byte
	Steps        uint64
	Interval     uint64
	NumNodes     uint32
	StateDepth   uint8
}

// TaskMarketTask is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTask struct {
	Spec        TaskMarketSpec
	Terms       TaskMarketTerms
	Submitter   common.Address
	Solver      common.Address
	Challenger  common.Address
	Reward      *big.Int
	Status      uint8
	CommitBy    uint64
	WindowEnd   uint64
	WindowLeft  uint64
	CommitBlock uint64
	Game        *big.Int
	TraceRoot   [32]byte
	FinalRoot   [32]byte
	Seed        [32]byte
}

// TaskMarketTerms is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTerms struct {
	SolverStake     *big.Int
	ChallengerBond  *big.Int
	ClaimBy         uint64
	CommitWindow    uint64
	ChallengeWindow uint64
	GameClock       uint64
}

// TaskMarketMetaData contains all meta data concerning the TaskMarket contract.
var TaskMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.AttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"initProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"finalProof\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarket.AttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.Attestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Audit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"challengedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challengeWinner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.AuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarket.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarket.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Audit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101006040526001600855348015610015575f5ffd5b50604051615776380380615776833981016040819052610034916100bc565b8282826001600160a01b038216158061005257506127108161ffff16115b15610070576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e05250610129915050565b6001600160a01b03811681146100b9575f5ffd5b50565b5f5f5f5f608085870312156100cf575f5ffd5b84516100da816100a5565b60208601519094506001600160401b03811681146100f6575f5ffd5b6040860151909350610107816100a5565b606086015190925061ffff8116811461011e575f5ffd5b939692955090935050565b60805160a05160c05160e0516155e26101945f395f8181610926015281816112f5015281816118e90152818161208601526128b601525f81816108ac015281816132c30152613bdb01525f81816107030152613c5801525f8181610a4d0152612ed701526155e25ff3fe608060405260043610610249575f3560e01c80637eec20a811610134578063b6cb58a5116100b3578063cd5e6ff211610078578063cd5e6ff2146109bd578063ced4cd2e146109dc578063d0e30db014610a34578063db7dd35a14610a3c578063f43cc77314610a6f578063f5b0216114610a83575f5ffd5b8063b6cb58a514610900578063c3fe3e2814610915578063c60e34e314610948578063c9b5bb1714610967578063cbf9fe5f14610992575f5ffd5b8063a1b49bdc116100f9578063a1b49bdc14610829578063a3d8984414610867578063a5394c0a1461087c578063ac9380d61461089b578063b216706c146108e1575f5ffd5b80637eec20a81461079a578063833b15ca146107b95780638df82800146107d857806395d92006146107f75780639ee679e81461080a575f5ffd5b80633953775a116101cb578063568914121161019057806356891412146106be5780635abf0f19146106d357806361d027b3146106f257806362429fd61461073d578063635154c71461075c57806379c6f91e1461077b575f5ffd5b80633953775a146106385780633ccfd60b14610657578063461c8cb71461066b5780634a1d0eed1461068a578063505897931461069f575f5ffd5b80631d65e77e116102115780631d65e77e146105a15780632ef3dbf5146105cd57806331335691146105f9578063333e44e61461060e578063350fd0be14610623575f5ffd5b806305261aea1461024d57806317131dc71461026e57806317bf37a3146102a357806317e85926146105555780631af7453d14610574575b5f5ffd5b348015610258575f5ffd5b5061026c61026736600461467c565b610aa2565b005b348015610279575f5ffd5b5061028d6102883660046146a9565b610e02565b60405161029a91906146fa565b60405180910390f35b3480156102ae575f5ffd5b506105486102bd36600461467c565b604080516103a0810182525f6102a082018181526102c083018290526102e0830182905261030083018290526103208301829052610340830182905261036083018290526103808301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081018290526102008101829052610220810182905261024081018290526102608101829052610280810191909152505f908152600b602081815260409283902083516103a081018552815461ffff81166102a083019081526001600160401b036201000080840482166102c0860152600160501b90930481166102e08501526001850154610300850152600285015461032085015260038501546103408501526004850154610360850152600585015463ffffffff90811661038086015291845260068501549584019590955260078401549683019690965260088301548085166060840152600160401b810485166080840152600160801b8104851660a0840152600160c01b9004841660c0830152600983015460ff808216151560e085015261010080830482161515908501529181049091161515610120830152630100000081048416610140830152600160581b9004909216610160830152600a810154610180830152918201546001600160a01b03166101a0820152600c8201546101c0820152600d8201546101e0820152600e8201548084166102008301526401000000009004909216610220830152600f81015461024083015260108101546102608301526011015461028082015290565b60405161029a91906147c4565b348015610560575f5ffd5b5061026c61056f36600461492e565b610ed7565b34801561057f575f5ffd5b5061059361058e366004614964565b611131565b60405190815260200161029a565b3480156105ac575f5ffd5b506105c06105bb36600461467c565b6113f4565b60405161029a9190614a4a565b3480156105d8575f5ffd5b506105e1600481565b6040516001600160401b03909116815260200161029a565b348015610604575f5ffd5b5061059361100081565b348015610619575f5ffd5b5061059360035481565b34801561062e575f5ffd5b5061059360055481565b348015610643575f5ffd5b5061059361065236600461492e565b6116be565b348015610662575f5ffd5b5061026c611715565b348015610676575f5ffd5b5061026c6106853660046146a9565b611871565b348015610695575f5ffd5b5061059360075481565b3480156106aa575f5ffd5b506105e16106b936600461467c565b611b11565b3480156106c9575f5ffd5b5061059360045481565b3480156106de575f5ffd5b5061026c6106ed36600461467c565b611b46565b3480156106fd575f5ffd5b506107257f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161029a565b348015610748575f5ffd5b5061026c610757366004614bba565b611bbf565b348015610767575f5ffd5b50610593610776366004614c43565b611e24565b348015610786575f5ffd5b5061026c610795366004614c86565b612190565b3480156107a5575f5ffd5b5061026c6107b436600461467c565b6125df565b3480156107c4575f5ffd5b5061026c6107d3366004614ce1565b61267f565b3480156107e3575f5ffd5b5061026c6107f236600461467c565b6128a5565b610593610805366004614d0a565b612b97565b348015610815575f5ffd5b5061026c61082436600461467c565b612e80565b348015610834575f5ffd5b50610848610843366004614d8d565b612f7f565b6040805192151583526001600160401b0390911660208301520161029a565b348015610872575f5ffd5b5061059360065481565b348015610887575f5ffd5b5061026c610896366004614ddf565b61301f565b3480156108a6575f5ffd5b506108ce7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161029a565b3480156108ec575f5ffd5b5061026c6108fb366004614e34565b613503565b34801561090b575f5ffd5b5061059360095481565b348015610920575f5ffd5b506107257f000000000000000000000000000000000000000000000000000000000000000081565b348015610953575f5ffd5b5061026c61096236600461492e565b613564565b348015610972575f5ffd5b50610593610981366004614ea0565b5f6020819052908152604090205481565b34801561099d575f5ffd5b506105936109ac366004614ea0565b60016020525f908152604090205481565b3480156109c8575f5ffd5b506105e16109d73660046146a9565b6136d6565b3480156109e7575f5ffd5b50610a176109f6366004614ea0565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b0390911660208301520161029a565b61026c61376c565b348015610a47575f5ffd5b506105e17f000000000000000000000000000000000000000000000000000000000000000081565b348015610a7a575f5ffd5b506105936137fe565b348015610a8e575f5ffd5b5061026c610a9d36600461467c565b61383b565b5f818152600a60209081526040808320600b9092528220600d8201549192909160ff16906002826007811115610ada57610ada6146d3565b1490506003826007811115610af157610af16146d3565b148015610b0d575082546201000090046001600160401b031615155b8015610b1e5750600983015460ff16155b15610b9f5760128401545f03610b4757604051636a35b3b160e11b815260040160405180910390fd5b6008830154600160c01b90046001600160401b03164211610b9757600883015460405163d606d83f60e01b8152600160c01b9091046001600160401b031660048201526024015b60405180910390fd5b506001610d3d565b6003826007811115610bb357610bb36146d3565b03610c5257600d840154600160481b90046001600160401b0316421015610c0457600d84015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610b8e565b600d8401805460ff19166005179055600a8401546006850154610c30916001600160a01b031690613a57565b600a840154600c850154610c4d916001600160a01b031690613b1a565b610d3d565b6002826007811115610c6657610c666146d3565b03610cb257600d84015461010090046001600160401b03164211610c4d57600d84015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610b8e565b6001826007811115610cc657610cc66146d3565b03610d225760088401546001600160401b03164211610d0957600884015460405163d606d83f60e01b81526001600160401b039091166004820152602401610b8e565b600d8401805460ff19166007179055610c4d8484613b3f565b81604051630d64047360e21b8152600401610b8e9190614eb9565b8015610d9757600d8401805460ff19166006908117909155600a850154908501546009860154610d7a926001600160a01b03908116929116613b8a565b6009840154600c850154610d97916001600160a01b031690613b1a565b6001826007811115610dab57610dab6146d3565b14610dba57610dba8484613d08565b600d84015460405186917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe891610df39160ff1690614eb9565b60405180910390a25050505050565b6040805160c080820183525f8083526020808401829052838501829052606084018290526080840182905260a08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff166004811115610e7357610e736146d3565b6004811115610e8457610e846146d3565b8152815461010090046001600160401b03166020820152600182015460408201526002820154606082015260038201546001600160a01b0316608082015260049091015460a09091015290505b92915050565b5f610ee3836003613d7d565b5f848152600b602052604081208054929350916201000090046001600160401b03169003610f24576040516316a519cf60e31b815260040160405180910390fd5b60128201545f03610f4857604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b0316421115610f945760088101546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610b8e565b600a8201546001600160a01b03163303610fc1576040516320a553e160e11b815260040160405180910390fd5b5f848152600c60209081526040808320338452909152812090815460ff166004811115610ff057610ff06146d3565b1461100e576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff161580159061103957506005820154600e83015463ffffffff918216911610155b1561106557600582015460405163fa17747b60e01b815263ffffffff9091166004820152602401610b8e565b61107533835f0160010154613ddc565b600e8201805463ffffffff16905f61108c83614edb565b825463ffffffff9182166101009390930a928302919092021990911617905550805460ff191660011781556110c185336136d6565b815468ffffffffffffffff0019166101006001600160401b03928316810291909117808455600184018790556040519190049091168152339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a602052604081206003600d82015460ff166007811115611159576111596146d3565b1415801561118057506004600d82015460ff16600781111561117d5761117d6146d3565b14155b156111a757600d810154604051630d64047360e21b8152610b8e9160ff1690600401614eb9565b5f858152600b602052604090206009015460ff166111d857604051630bb55aad60e41b815260040160405180910390fd5b5f858152600c602090815260408083206001600160a01b038816845290915290206002815460ff166004811115611211576112116146d3565b14611235578054604051635c4ff07d60e01b8152610b8e9160ff1690600401614eff565b6001600160a01b038516330361125e5760405163706cd38160e01b815260040160405180910390fd5b805461010090046001600160401b031661127b6020860186614f12565b6001600160401b031614158061129957508060020154846060013514155b156112b757604051637ca55c7760e01b815260040160405180910390fd5b6112c2868386613e65565b6112d3338360060160010154613ddc565b8054600360ff1990911681178255810180546001600160a01b031916331790557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c7b5c95d611343848861133460208a018a614f12565b89602001358a60600135613f30565b6040518263ffffffff1660e01b815260040161135f9190614f2d565b6020604051808303815f875af115801561137b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061139f9190615018565b6004820181905560405181815290935033906001600160a01b0387169088907f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c9060200160405180910390a450509392505050565b6114e66040805161030081019091525f6101e08201818152610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f6020820181905260408201819052606082018190526080820181905260a09091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516103008101855281546101e08201908152600183015461020083015260028301546102208301526003830154610240830152600483015461026083015260058301546001600160401b03808216610280850152600160401b80830482166102a0860152600160801b80840463ffffffff166102c0870152600160a01b90930460ff9081166102e0870152938552885160c08082018b5260068801548252600780890154838b01526008890154808616848e015293840485166060808501919091529584048516608080850191909152600160c01b90940490941660a0808401919091529887019190915260098701546001600160a01b039081169a87019a909a5297860154891692850192909252600b85015490971690830152600c83015493820193909352600d82015490949193850192169081111561163c5761163c6146d3565b600781111561164d5761164d6146d3565b8152600d8201546001600160401b0361010080830482166020850152600160481b830482166040850152600160881b90920481166060840152600e840154166080830152600f83015460a0830152601083015460c0830152601183015460e083015260129092015491015292915050565b6040805160606020808301829052601060808401526f1d995c9a5d1c985a5b8b999bdc98d95960821b60a08085019190915283850196909652908201939093528151808203909401845260c0019052815191012090565b6008546001146117385760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f908152602091909152604081208054909181900361177257604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b03164210156117b157600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610b8e565b5f808355600580548392906117c790849061502f565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611840576040519150601f19603f3d011682016040523d82523d5f602084013e611845565b606091505b5050905080611867576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f828152600c602090815260408083206001600160a01b038516845290915290206003815460ff1660048111156118aa576118aa6146d3565b146118ce578054604051635c4ff07d60e01b8152610b8e9160ff1690600401614eff565b600481810154604051633c59405960e01b8152918201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015611936573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061195a9190615042565b90505f81600281111561196f5761196f6146d3565b0361198d576040516347ca30d160e11b815260040160405180910390fd5b5f848152600a60209081526040808320600b9092529091206003840180546001600160a01b031981169091556001600160a01b031660018460028111156119d6576119d66146d3565b03611a4d576119ed81846006016001015488613b8a565b845460ff19166002178555600485015460408051918252600160208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b10591015b60405180910390a350505050505050565b611a5e818460060160010154613a57565b611a6f86835f016001015483613b8a565b845460ff19166004178555611a84828661405f565b6009830154611a9d9083906001600160a01b03166140e6565b6004850154604080519182525f60208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a3856001600160a01b0316875f51602061558d5f395f51905f5260045f604051611a3c929190615060565b5f818152600a602052604081206005810154611b3f906001600160401b03600160401b82048116911661508b565b9392505050565b5f818152600b60205260408120600881015490916001600160401b039091169003611b84576040516316a519cf60e31b815260040160405180910390fd5b600781015415611b92575050565b6008810154611bb590611bb0906004906001600160401b03166150b8565b61411b565b5060079091015550565b5f611bcb886002613d7d565b600a8101549091506001600160a01b03163314611bfb5760405163c139eabd60e01b815260040160405180910390fd5b600d81015461010090046001600160401b0316421115611c4357600d8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610b8e565b5f611c4d89611b11565b90505f611c6c611c676001600160401b03841660016150b8565b6141aa565b905060ff811686141580611c83575060ff81168414155b15611ca157604051637ca55c7760e01b815260040160405180910390fd5b88611cb4845f01600401545f8a8a6141d2565b14611cd257604051637ca55c7760e01b815260040160405180910390fd5b88611ce889846001600160401b031688886141d2565b14611d0657604051637ca55c7760e01b815260040160405180910390fd5b6010830189905560118301889055600e8301805467ffffffffffffffff1916436001600160401b0316179055600d830180546003919060ff191660018302179055505f8a8152600b60205260409020546201000090046001600160401b031615611d7857611d738a611b46565b611dc0565b6008830154611d9790600160801b90046001600160401b0316426150cb565b83600d0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b600d830154604080518b8152602081018b9052600160481b9092046001600160401b0316908201528a907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a0906060015b60405180910390a250505050505050505050565b5f5f611e31846003613d7d565b600a8101549091506001600160a01b03163303611e615760405163706cd38160e01b815260040160405180910390fd5b5f848152600b6020526040902080546201000090046001600160401b0316158015908190611e945750600982015460ff16155b15611eb257604051630bb55aad60e41b815260040160405180910390fd5b600d830154600160481b90046001600160401b03164210611efd57600d8301546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610b8e565b611f08868487613e65565b611f1560408601866150ea565b9050611f2460808701876150ea565b905014611f4457604051637ca55c7760e01b815260040160405180910390fd5b6010830154611f846060870135611f5e6020890189614f12565b611f72906001600160401b031660016150b8565b611f7f60808a018a6150ea565b6141d2565b14611fa257604051637ca55c7760e01b815260040160405180910390fd5b611fb3338460060160010154613ddc565b600b830180546001600160a01b03191633179055600d830154611fe89042906001600160401b03600160481b9091041661512f565b600d8401805460046001600160401b0393909316600160881b0260ff191678ffffffffffffffff00000000000000000000000000000000ff199091161791909117905580156120775761203e6020860186614f12565b6009830180546001600160401b0392909216600160581b0267ffffffffffffffff60581b199092169190911790556060850135600a8301555b600a8301546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163c7b5c95d916120d1918791166120c260208b018b614f12565b8a602001358b60600135613f30565b6040518263ffffffff1660e01b81526004016120ed9190614f2d565b6020604051808303815f875af1158015612109573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061212d9190615018565b600f8401819055935033867fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b6121666020890189614f12565b604080516001600160401b039092168252602082018990520160405180910390a350505092915050565b5f61219c866003613d7d565b5f878152600b60205260409020600a820154919250906001600160a01b031633146121da5760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f0361220a576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff1615612230576040516375dde69b60e01b815260040160405180910390fd5b60128201545f0361225457604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161229f57600881015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610b8e565b6008810154600160c01b90046001600160401b03164211156122eb5760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b03166004820152602401610b8e565b600681015460408051602081018990520160405160208183030381529060405280519060200120146123305760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff191660011790555f61234988611b11565b600783015483549192505f91829161236b918b91908d90879061ffff16612f7f565b91509150811561252e575f6123808a8c6116be565b90505f6123976001600160401b03841660016150b8565b90506123b0611c676001600160401b03871660016150b8565b60ff16881415806123d0575086601001546123cd83838c8c6141d2565b14155b156123ee57604051637ca55c7760e01b815260040160405180910390fd5b6123fa8a828b8b6141d2565b60108801556009860180546001600160401b038516630100000081026affffffffffffffff00ff00199092169190911761010017909155600c8701839055600d8088018c90555f8e8152602091825260408082208151808501959095528482018f90528151808603830181526060909501825284519484019490942082529290915290812054600e8801805464010000000063ffffffff90931692830267ffffffff00000000199091161790556007546003890154919291106124bf576007546124c5565b60038801545b905063ffffffff8216158015906124db57508015155b15612529575f6124f163ffffffff84168361514e565b600f8a01819055905061250a63ffffffff841682615161565b60108a015561252761252263ffffffff851683615161565b614222565b505b505050505b600885015461254d90600160801b90046001600160401b0316426150cb565b600d8601805467ffffffffffffffff60481b1916600160481b6001600160401b03938416021790556010860154600e860154600f8701546040805187151581529486166020860152840192909252640100000000900463ffffffff16606083015260808201528a907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a001611e10565b5f6125eb826001613d7d565b60098101549091506001600160a01b0316331461261b576040516331511a2160e21b815260040160405180910390fd5b600d8101805460ff191660071790555f828152600b60205260409020612642908290613b3f565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe860076040516126739190614eb9565b60405180910390a25050565b5f838152600b60209081526040808320600c83528184203385529092529091206001815460ff1660048111156126b7576126b76146d3565b146126db578054604051635c4ff07d60e01b8152610b8e9160ff1690600401614eff565b6008820154600160401b90046001600160401b0316421161272657600882015460405163d606d83f60e01b8152600160401b9091046001600160401b03166004820152602401610b8e565b6008820154600160801b90046001600160401b03164211156127725760088201546040516326b39d0360e11b8152600160801b9091046001600160401b03166004820152602401610b8e565b600181015460408051602081018890523391810191909152606081018690526080810185905260a00160405160208183030381529060405280519060200120146127cf57604051638ff14e0d60e01b815260040160405180910390fd5b6002818101859055815460ff1916178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff169161283f83614edb565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101611122565b5f6128b1826004613d7d565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633c59405983600f01546040518263ffffffff1660e01b815260040161290691815260200190565b602060405180830381865afa158015612921573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129459190615042565b90505f81600281111561295a5761295a6146d3565b03612978576040516347ca30d160e11b815260040160405180910390fd5b600b820180546001600160a01b031981169091556001600160a01b031660018260028111156129a9576129a96146d3565b03612a6d576007830154600a8401546129cc9183916001600160a01b0316613b8a565b600d8301805460ff1916600317908190556129f8906001600160401b03600160881b90910416426150cb565b600d840180546001600160401b0392909216600160481b0267ffffffffffffffff60481b19909216919091179055600f830154604080519182526001602083015285917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050565b612a7e818460060160010154613a57565b600a8301546006840154612a9c916001600160a01b03169083613b8a565b600d8301805460ff191660061790556009830154600c840154612ac8916001600160a01b031690613b1a565b5f848152600b6020526040902080546201000090046001600160401b031615612b275760098101805462ff0000191662010000179055600b810180546001600160a01b0384166001600160a01b0319909116179055612b278482613d08565b600f840154604080519182525f602083015286917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a2847f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86006604051610df39190614eb9565b5f612ba860c0850160a08601614f12565b6001600160401b03161580612bd35750612bc860e0850160c08601614f12565b6001600160401b0316155b80612c0f5750612be960e0850160c08601614f12565b612bf960c0860160a08701614f12565b612c039190615178565b6001600160401b031615155b80612c2e5750612c26610100850160e086016151b6565b63ffffffff16155b80612c4b5750612c46610120850161010086016151df565b60ff16155b80612c6e575042612c626060850160408601614f12565b6001600160401b031611155b80612c8f5750612c846080840160608501614f12565b6001600160401b0316155b80612cb05750612ca560a0840160808501614f12565b6001600160401b0316155b80612cd15750612cc660c0840160a08501614f12565b6001600160401b0316155b80612cdb57508235155b80612ce857506020830135155b80612cf95750612cf782614253565b155b15612d1757604051631a4878ed60e21b815260040160405180910390fd5b5f612d29610100840160e085016151b6565b612d3d9063ffffffff1660c0850135615161565b90505f612d4e8260808601356150b8565b9050803411612d7057604051631a4878ed60e21b815260040160405180910390fd5b60095f8154612d7e906151fa565b91829055505f818152600a602052604090209093508681612d9f8282615236565b5086905060068201612db1828261532a565b50506009810180546001600160a01b03191633179055612dd1823461502f565b600c820155600d8101805460ff19166001179055612df56040860160208701614f12565b6001600160401b031615612e25575f848152600b602052604090208581612e1c8282615400565b50506011018390555b612e2e3461437e565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600c0154604051612e6e91815260200190565b60405180910390a35050509392505050565b805f03612ea057604051631f2a200560e01b815260040160405180910390fd5b612eaa338261438f565b335f908152600260205260408120805490918391839190612ecc9084906150b8565b90915550612efc90507f0000000000000000000000000000000000000000000000000000000000000000426150cb565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f828254612f3491906150b8565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101612673565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b0386161080612fdb575061ffff8416612fd8612710836154dd565b10155b15612fec575f5f9250925050613015565b6001612ff8818761512f565b61300f906001600160401b0316608084901c6154dd565b92509250505b9550959350505050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b03891686529093529220805460018084015460ff909216919082600481111561306f5761306f6146d3565b03613129576008840154600160801b90046001600160401b031642116130bf57600884015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610b8e565b825460ff191660041783556130d48882614413565b60098501546130ed9085906001600160a01b03166140e6565b876001600160a01b0316895f51602061558d5f395f51905f5260015f604051613117929190615060565b60405180910390a350505050506134fd565b600282600481111561313d5761313d6146d3565b1461315d5781604051635c4ff07d60e01b8152600401610b8e9190614eff565b6005600d86015460ff166007811115613178576131786146d3565b1415801561319f57506006600d86015460ff16600781111561319c5761319c6146d3565b14155b156131c657600d850154604051630d64047360e21b8152610b8e9160ff1690600401614eb9565b825460ff19166004178084556002840154600986015490916001600160401b036101009182900416915f9160ff9104168015613218575060098701546001600160401b03838116630100000090920416145b8015613227575086600c015483145b156132345750600261327c565b600987015462010000900460ff168015613264575060098701546001600160401b03838116600160581b90920416145b8015613273575086600a015483145b1561327c575060035b5f81600481111561328f5761328f6146d3565b146133865761329e8b85614413565b60038160048111156132b2576132b26146d3565b03613325575f6127106132e961ffff7f00000000000000000000000000000000000000000000000000000000000000001687615161565b6132f3919061514e565b90508060075f828254613306919061502f565b9091555050600b880154613323906001600160a01b0316826144f3565b505b61332f878761405f565b60098801546133489088906001600160a01b03166140e6565b8a6001600160a01b03168c5f51602061558d5f395f51905f52835f604051613371929190615060565b60405180910390a350505050505050506134fd565b6133908b85613a57565b60098701545f90610100900460ff1680156133c1575060098801546001600160401b03848116630100000090920416145b80156133d0575087600d015484145b80156133df5750600f88015415155b1561340e5787600f0154905080886010015f8282546133fe919061502f565b9091555061340e90508c82613b1a565b5f6005600d8b015460ff16600781111561342a5761342a6146d3565b148015613458575061345261343e8f611b11565b611c67906001600160401b031660016150b8565b60ff168b145b8015613485575060108a01546134838661347c6001600160401b03881660016150b8565b8f8f6141d2565b145b9050801561349f57600489015461349c90836150b8565b91505b6134c189826134bb5760098c01546001600160a01b03166140e6565b8e6140e6565b8c6001600160a01b03168e5f51602061558d5f395f51905f5285856040516134ea929190615060565b60405180910390a3505050505050505050505b50505050565b61100081111561352957604051636a2391f360e01b815260048101829052602401610b8e565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde83836040516126739291906154f0565b5f613570836001613d7d565b60088101549091506001600160401b03164211156135b25760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610b8e565b6135c233826006015f0154613ddc565b600a810180546001600160a01b03191633179055600d81018054600260ff19909116179055600881015461360690600160401b90046001600160401b0316426150cb565b600d8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b6020526040902080549091620100009091041615613685576006810183905560088101805467ffffffffffffffff1916436001600160401b031617905560028101541561368557600281015461368590614572565b600d8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c0687906020015b60405180910390a350505050565b5f828152600a602052604081206012810154820361370757604051636a35b3b160e11b815260040160405180910390fd5b61371084611b11565b6001600160401b03168160120154846040516020016137429291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c61376491906154dd565b949350505050565b345f0361378c57604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906137aa9084906150b8565b925050819055503460035f8282546137c291906150b8565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f60075460065460055460045460035461381891906150b8565b61382291906150b8565b61382c91906150b8565b61383691906150b8565b905090565b5f818152600a60205260408120600e81015490916001600160401b03909116900361388257600d810154604051630d64047360e21b8152610b8e9160ff1690600401614eb9565b6012810154156138a5576040516350dcbf5560e11b815260040160405180910390fd5b600e8101545f906138c590611bb0906004906001600160401b03166150b8565b60128401829055604080519283526020830182905290925084917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f838152600b6020526040902080546201000090046001600160401b0316156134fd578054613948906201000090046001600160401b0316426150cb565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b0393841681029190911791829055835461399193600160501b90910481169291909104166150cb565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b039384168102919091179182905583546139da93600160501b90910481169291909104166150cb565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015284907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e2298490606001612a5f565b6001600160a01b0382165f9081526001602052604081208054839290613a7e90849061502f565b925050819055508060045f828254613a96919061502f565b90915550506001600160a01b0382165f9081526020819052604081208054839290613ac29084906150b8565b925050819055508060035f828254613ada91906150b8565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001612673565b8060065f828254613b2b919061502f565b90915550613b3b905082826144f3565b5050565b60118101546002820154600c8401545f9291613b5a916150b8565b613b6491906150b8565b5f60118401556009840154909150613b85906001600160a01b031682613b1a565b505050565b6001600160a01b0383165f9081526001602052604081208054849290613bb190849061502f565b925050819055508160045f828254613bc9919061502f565b909155505f9050612710613c0161ffff7f00000000000000000000000000000000000000000000000000000000000000001685615161565b613c0b919061514e565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254613c3e91906150b8565b90915550613c4e9050818461502f565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190613c959084906150b8565b925050819055508260035f828254613cad91906150b8565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584613ced818361502f565b604080519384526020840192909252908201526060016136c8565b60048101545f03613d17575050565b600e81015460058201545f91613d369163ffffffff918216911661551e565b6004830154613d4b9163ffffffff1690615161565b905080826011015f828254613d60919061502f565b90915550506009830154613b85906001600160a01b031682613b1a565b5f828152600a60205260409020816007811115613d9c57613d9c6146d3565b600d82015460ff166007811115613db557613db56146d3565b14610ed157600d810154604051630d64047360e21b8152610b8e9160ff1690600401614eb9565b613de6828261438f565b6001600160a01b0382165f9081526001602052604081208054839290613e0d9084906150b8565b925050819055508060045f828254613e2591906150b8565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001612673565b5f613e6f84611b11565b90506001600160401b038116613e886020840184614f12565b6001600160401b0316101580613ec55750613eb0611c676001600160401b03831660016150b8565b60ff16613ec060408401846150ea565b905014155b15613ee357604051637ca55c7760e01b815260040160405180910390fd5b6010830154613f1260208401803590613efc9086614f12565b6001600160401b0316611f7f60408701876150ea565b146134fd57604051637ca55c7760e01b815260040160405180910390fd5b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e0820190613fff90600160401b90046001600160401b03168761553a565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b6009820154610100900460ff16801561409557506009820154815461010090046001600160401b03908116630100000090920416145b80156140a8575081600d01548160020154145b80156140b75750600f82015415155b15613b3b5781600f0154826010015f8282546140d3919061502f565b9091555050600f820154613b3b90614572565b60048201545f8190036140f857505050565b80836011015f82825461410b919061502f565b90915550613b8590508282613b1a565b5f5f8243116141545761412f8360016150b8565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610b8e565b610100614161844361502f565b11156141a3576101008361417660014361502f565b614180919061502f565b61418a919061514e565b61419690610100615161565b6141a090846150b8565b92505b5050804091565b5f5b818160ff166001901b10156141cd57806141c58161555c565b9150506141ac565b919050565b5f610100821080156141e5575083821c15155b1561420d5760405163177e5bcb60e01b81526004810185905260248101839052604401610b8e565b614219858585856145d6565b95945050505050565b8060075f828254614233919061502f565b925050819055508060065f82825461424b91906150b8565b909155505050565b5f6142646040830160208401614f12565b6001600160401b03165f03614304576142806020830183615571565b61ffff161580156142a7575061429c6060830160408401614f12565b6001600160401b0316155b80156142b557506060820135155b80156142c357506080820135155b80156142d1575060a0820135155b80156142df575060c0820135155b8015610ed157506142f7610100830160e084016151b6565b63ffffffff161592915050565b6143146060830160408401614f12565b6001600160401b03161580159061432e5750606082013515155b801561434c57506127106143456020840184615571565b61ffff1611155b8015610ed1575060c08201351580610ed15750614370610100830160e084016151b6565b63ffffffff16151592915050565b8060065f82825461424b91906150b8565b6001600160a01b0382165f90815260208190526040902054818110156143d25760405163018ac91360e61b81526004810182905260248101839052604401610b8e565b6143dc828261502f565b6001600160a01b0384165f908152602081905260408120919091556003805484929061440990849061502f565b9091555050505050565b6001600160a01b0382165f908152600160205260408120805483929061443a90849061502f565b925050819055508060045f828254614452919061502f565b925050819055508060075f82825461446a91906150b8565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b6001600160a01b0382165f908152602081905260408120805483929061451a9084906150b8565b925050819055508060035f82825461453291906150b8565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001612673565b8060065f828254614583919061502f565b925050819055508060075f82825461459b91906150b8565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f6040515f815385600182015260205f60218360025afa6145fe5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015614671576001871680156146325782356001850152846021850152614640565b846001850152823560218501525b5060205f60418560025afa61465c5763832d99055f526004601cfd5b5f5193508660011c965060208201915061460e565b505050949350505050565b5f6020828403121561468c575f5ffd5b5035919050565b80356001600160a01b03811681146141cd575f5ffd5b5f5f604083850312156146ba575f5ffd5b823591506146ca60208401614693565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b600581106146f7576146f76146d3565b50565b815160c082019061470a816146e7565b808352506001600160401b036020840151166020830152604083015160408301526060830151606083015260018060a01b03608084015116608083015260a083015160a083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e0810151613b8560e084018263ffffffff169052565b5f610380820190506147d7828451614757565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516001600160a01b038116610280840152506101c08301516102a08301526101e08301516102c083015261020083015163ffffffff81166102e08401525061022083015163ffffffff811661030084015250610240830151610320830152610260830151610340830152610280909201516103609091015290565b5f5f6040838503121561493f575f5ffd5b50508035926020909101359150565b5f60a0828403121561495e575f5ffd5b50919050565b5f5f5f60608486031215614976575f5ffd5b8335925061498660208501614693565b915060408401356001600160401b038111156149a0575f5ffd5b6149ac8682870161494e565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e0810151614a1f60e084018263ffffffff169052565b50610100810151613b8561010084018260ff169052565b60088110614a4657614a466146d3565b9052565b5f61038082019050614a5d8284516149b6565b6020838101518051610120850152908101516101408401526040808201516001600160401b03908116610160860152606080840151821661018087015260808085015183166101a088015260a0948501519092166101c0870152918601516001600160a01b039081166101e08701529186015182166102008601528501511661022084015283015161024083015260c0830151614afe610260840182614a36565b5060e08301516001600160401b0390811661028084015261010084015181166102a084015261012084015181166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a08301516103408301526101c0909201516103609091015290565b5f5f83601f840112614b83575f5ffd5b5081356001600160401b03811115614b99575f5ffd5b6020830191508360208260051b8501011115614bb3575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215614bd0575f5ffd5b87359650602088013595506040880135945060608801356001600160401b03811115614bfa575f5ffd5b614c068a828b01614b73565b90955093505060808801356001600160401b03811115614c24575f5ffd5b614c308a828b01614b73565b989b979a50959850939692959293505050565b5f5f60408385031215614c54575f5ffd5b8235915060208301356001600160401b03811115614c70575f5ffd5b614c7c8582860161494e565b9150509250929050565b5f5f5f5f5f60808688031215614c9a575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614cc4575f5ffd5b614cd088828901614b73565b969995985093965092949392505050565b5f5f5f60608486031215614cf3575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f8385036102e0811215614d1e575f5ffd5b610120811215614d2c575f5ffd5b84935060c061011f1982011215614d41575f5ffd5b610120850192506101006101df1982011215614d5b575f5ffd5b506101e0840190509250925092565b6001600160401b03811681146146f7575f5ffd5b61ffff811681146146f7575f5ffd5b5f5f5f5f5f60a08688031215614da1575f5ffd5b8535945060208601359350604086013592506060860135614dc181614d6a565b91506080860135614dd181614d7e565b809150509295509295909350565b5f5f5f5f60608587031215614df2575f5ffd5b84359350614e0260208601614693565b925060408501356001600160401b03811115614e1c575f5ffd5b614e2887828801614b73565b95989497509550505050565b5f5f60208385031215614e45575f5ffd5b82356001600160401b03811115614e5a575f5ffd5b8301601f81018513614e6a575f5ffd5b80356001600160401b03811115614e7f575f5ffd5b856020828401011115614e90575f5ffd5b6020919091019590945092505050565b5f60208284031215614eb0575f5ffd5b611b3f82614693565b60208101610ed18284614a36565b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff821663ffffffff8103614ef657614ef6614ec7565b60010192915050565b60208101614f0c836146e7565b91905290565b5f60208284031215614f22575f5ffd5b8135611b3f81614d6a565b81516001600160a01b0316815261018081016020830151614f5960208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151614fa660e08401826001600160401b03169052565b50610100830151614fc36101008401826001600160401b03169052565b50610120830151614fdd61012084018263ffffffff169052565b50610140830151614ff461014084018260ff169052565b506101608301516150116101608401826001600160401b03169052565b5092915050565b5f60208284031215615028575f5ffd5b5051919050565b81810381811115610ed157610ed1614ec7565b5f60208284031215615052575f5ffd5b815160038110611b3f575f5ffd5b6040810161506d846146e7565b9281526020015290565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b038316806150a3576150a3615077565b806001600160401b0384160491505092915050565b80820180821115610ed157610ed1614ec7565b6001600160401b038181168382160190811115610ed157610ed1614ec7565b5f5f8335601e198436030181126150ff575f5ffd5b8301803591506001600160401b03821115615118575f5ffd5b6020019150600581901b3603821315614bb3575f5ffd5b6001600160401b038281168282160390811115610ed157610ed1614ec7565b5f8261515c5761515c615077565b500490565b8082028115828204841417610ed157610ed1614ec7565b5f6001600160401b0383168061519057615190615077565b806001600160401b0384160691505092915050565b63ffffffff811681146146f7575f5ffd5b5f602082840312156151c6575f5ffd5b8135611b3f816151a5565b60ff811681146146f7575f5ffd5b5f602082840312156151ef575f5ffd5b8135611b3f816151d1565b5f6001820161520b5761520b614ec7565b5060010190565b5f8135610ed181614d6a565b5f8135610ed1816151a5565b5f8135610ed1816151d1565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a084013561527581614d6a565b825467ffffffffffffffff19166001600160401b0382161783559050506152c96152a160c08501615212565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b6152fc6152d860e0850161521e565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b613b8561530c610100850161522a565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b813581556020820135600182015560028101604083013561534a81614d6a565b815467ffffffffffffffff19166001600160401b03821617825550606083013561537381614d6a565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b161782555060808301356153a781614d6a565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a08401356153dc81614d6a565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b813561540b81614d7e565b61ffff811661ffff198354161782555061545061542a60208401615212565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b61548b61545f60408401615212565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c08201356004820155613b3b6154c260e0840161521e565b6005830163ffffffff821663ffffffff198254161781555050565b5f826154eb576154eb615077565b500690565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b63ffffffff8281168282160390811115610ed157610ed1614ec7565b6001600160401b03818116838216029081169081811461501157615011614ec7565b5f60ff821660ff8103614ef657614ef6614ec7565b5f60208284031215615581575f5ffd5b8135611b3f81614d7e56fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a26469706673582212206b5017a7317eb816d2d953231111522296faa0f6d53069ea2870ad5f59bdadb964736f6c63430008250033",
}

// TaskMarket is an auto generated Go binding around an Ethereum contract.
type TaskMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarket) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarket creates a new instance of TaskMarket.
func NewTaskMarket() *TaskMarket {
	parsed, err := TaskMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_) returns()
func (taskMarket *TaskMarket) PackConstructor(game_ common.Address, unbondingDelay_ uint64, treasury_ common.Address, winnerShareBps_ uint16) []byte {
	enc, err := taskMarket.abi.Pack("", game_, unbondingDelay_, treasury_, winnerShareBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31335691.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INFO() view returns(uint256)
func (taskMarket *TaskMarket) PackMAXINFO() []byte {
	enc, err := taskMarket.abi.Pack("MAX_INFO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31335691.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INFO() view returns(uint256)
func (taskMarket *TaskMarket) TryPackMAXINFO() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_INFO")
}

// UnpackMAXINFO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31335691.
//
// Solidity: function MAX_INFO() view returns(uint256)
func (taskMarket *TaskMarket) UnpackMAXINFO(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("MAX_INFO", data)
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
func (taskMarket *TaskMarket) PackSEEDDELAY() []byte {
	enc, err := taskMarket.abi.Pack("SEED_DELAY")
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
func (taskMarket *TaskMarket) TryPackSEEDDELAY() ([]byte, error) {
	return taskMarket.abi.Pack("SEED_DELAY")
}

// UnpackSEEDDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarket *TaskMarket) UnpackSEEDDELAY(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("SEED_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnnounce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb216706c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function announce(bytes info) returns()
func (taskMarket *TaskMarket) PackAnnounce(info []byte) []byte {
	enc, err := taskMarket.abi.Pack("announce", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnnounce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb216706c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function announce(bytes info) returns()
func (taskMarket *TaskMarket) TryPackAnnounce(info []byte) ([]byte, error) {
	return taskMarket.abi.Pack("announce", info)
}

// PackAssignment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd5e6ff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignment(uint256 id, address verifier) view returns(uint64)
func (taskMarket *TaskMarket) PackAssignment(id *big.Int, verifier common.Address) []byte {
	enc, err := taskMarket.abi.Pack("assignment", id, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd5e6ff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignment(uint256 id, address verifier) view returns(uint64)
func (taskMarket *TaskMarket) TryPackAssignment(id *big.Int, verifier common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("assignment", id, verifier)
}

// UnpackAssignment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd5e6ff2.
//
// Solidity: function assignment(uint256 id, address verifier) view returns(uint64)
func (taskMarket *TaskMarket) UnpackAssignment(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("assignment", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e85926.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(uint256 id, bytes32 commitment) returns()
func (taskMarket *TaskMarket) PackAttest(id *big.Int, commitment [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("attest", id, commitment)
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
func (taskMarket *TaskMarket) TryPackAttest(id *big.Int, commitment [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("attest", id, commitment)
}

// PackCancelTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eec20a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelTask(uint256 id) returns()
func (taskMarket *TaskMarket) PackCancelTask(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("cancelTask", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eec20a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelTask(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackCancelTask(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("cancelTask", id)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635154c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 id, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) PackChallenge(id *big.Int, c TaskMarketChallenge) []byte {
	enc, err := taskMarket.abi.Pack("challenge", id, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635154c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 id, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) TryPackChallenge(id *big.Int, c TaskMarketChallenge) ([]byte, error) {
	return taskMarket.abi.Pack("challenge", id, c)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x635154c7.
//
// Solidity: function challenge(uint256 id, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc60e34e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTask(uint256 id, bytes32 secretHash) returns()
func (taskMarket *TaskMarket) PackClaimTask(id *big.Int, secretHash [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("claimTask", id, secretHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc60e34e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTask(uint256 id, bytes32 secretHash) returns()
func (taskMarket *TaskMarket) TryPackClaimTask(id *big.Int, secretHash [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("claimTask", id, secretHash)
}

// PackCloseAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5394c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeAttestation(uint256 id, address attester, bytes32[] proof) returns()
func (taskMarket *TaskMarket) PackCloseAttestation(id *big.Int, attester common.Address, proof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("closeAttestation", id, attester, proof)
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
func (taskMarket *TaskMarket) TryPackCloseAttestation(id *big.Int, attester common.Address, proof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("closeAttestation", id, attester, proof)
}

// PackCommitTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62429fd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitTrace(uint256 id, bytes32 traceRoot, bytes32 finalRoot, bytes32[] initProof, bytes32[] finalProof) returns()
func (taskMarket *TaskMarket) PackCommitTrace(id *big.Int, traceRoot [32]byte, finalRoot [32]byte, initProof [][32]byte, finalProof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("commitTrace", id, traceRoot, finalRoot, initProof, finalProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62429fd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitTrace(uint256 id, bytes32 traceRoot, bytes32 finalRoot, bytes32[] initProof, bytes32[] finalProof) returns()
func (taskMarket *TaskMarket) TryPackCommitTrace(id *big.Int, traceRoot [32]byte, finalRoot [32]byte, initProof [][32]byte, finalProof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("commitTrace", id, traceRoot, finalRoot, initProof, finalProof)
}

// PackDecoyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3953775a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decoyOf(bytes32 secret, uint256 id) pure returns(bytes32)
func (taskMarket *TaskMarket) PackDecoyOf(secret [32]byte, id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("decoyOf", secret, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecoyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3953775a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decoyOf(bytes32 secret, uint256 id) pure returns(bytes32)
func (taskMarket *TaskMarket) TryPackDecoyOf(secret [32]byte, id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("decoyOf", secret, id)
}

// UnpackDecoyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3953775a.
//
// Solidity: function decoyOf(bytes32 secret, uint256 id) pure returns(bytes32)
func (taskMarket *TaskMarket) UnpackDecoyOf(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("decoyOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (taskMarket *TaskMarket) PackDeposit() []byte {
	enc, err := taskMarket.abi.Pack("deposit")
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
func (taskMarket *TaskMarket) TryPackDeposit() ([]byte, error) {
	return taskMarket.abi.Pack("deposit")
}

// PackDisputeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1af7453d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) PackDisputeAttestation(id *big.Int, attester common.Address, c TaskMarketChallenge) []byte {
	enc, err := taskMarket.abi.Pack("disputeAttestation", id, attester, c)
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
func (taskMarket *TaskMarket) TryPackDisputeAttestation(id *big.Int, attester common.Address, c TaskMarketChallenge) ([]byte, error) {
	return taskMarket.abi.Pack("disputeAttestation", id, attester, c)
}

// UnpackDisputeAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1af7453d.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) UnpackDisputeAttestation(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("disputeAttestation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDrawSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b02161.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawSeed(uint256 id) returns()
func (taskMarket *TaskMarket) PackDrawSeed(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("drawSeed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b02161.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawSeed(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackDrawSeed(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("drawSeed", id)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 id) returns()
func (taskMarket *TaskMarket) PackFinalize(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("finalize", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackFinalize(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("finalize", id)
}

// PackFixClaimHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5abf0f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fixClaimHash(uint256 id) returns()
func (taskMarket *TaskMarket) PackFixClaimHash(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("fixClaimHash", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFixClaimHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5abf0f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fixClaimHash(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackFixClaimHash(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("fixClaimHash", id)
}

// PackForcedError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b49bdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps) pure returns(bool forced, uint64 f)
func (taskMarket *TaskMarket) PackForcedError(secret [32]byte, claimHash [32]byte, id *big.Int, n uint64, bps uint16) []byte {
	enc, err := taskMarket.abi.Pack("forcedError", secret, claimHash, id, n, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b49bdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps) pure returns(bool forced, uint64 f)
func (taskMarket *TaskMarket) TryPackForcedError(secret [32]byte, claimHash [32]byte, id *big.Int, n uint64, bps uint16) ([]byte, error) {
	return taskMarket.abi.Pack("forcedError", secret, claimHash, id, n, bps)
}

// ForcedErrorOutput serves as a container for the return parameters of contract
// method ForcedError.
type ForcedErrorOutput struct {
	Forced bool
	F      uint64
}

// UnpackForcedError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1b49bdc.
//
// Solidity: function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps) pure returns(bool forced, uint64 f)
func (taskMarket *TaskMarket) UnpackForcedError(data []byte) (ForcedErrorOutput, error) {
	out, err := taskMarket.abi.Unpack("forcedError", data)
	outstruct := new(ForcedErrorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Forced = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.F = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5bb17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarket *TaskMarket) PackFree(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("free", arg0)
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
func (taskMarket *TaskMarket) TryPackFree(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("free", arg0)
}

// UnpackFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9b5bb17.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarket *TaskMarket) UnpackFree(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("free", data)
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
func (taskMarket *TaskMarket) PackGame() []byte {
	enc, err := taskMarket.abi.Pack("game")
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
func (taskMarket *TaskMarket) TryPackGame() ([]byte, error) {
	return taskMarket.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (taskMarket *TaskMarket) UnpackGame(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17131dc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,bytes32,bytes32,address,uint256))
func (taskMarket *TaskMarket) PackGetAttestation(id *big.Int, attester common.Address) []byte {
	enc, err := taskMarket.abi.Pack("getAttestation", id, attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17131dc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,bytes32,bytes32,address,uint256))
func (taskMarket *TaskMarket) TryPackGetAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("getAttestation", id, attester)
}

// UnpackGetAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17131dc7.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,bytes32,bytes32,address,uint256))
func (taskMarket *TaskMarket) UnpackGetAttestation(data []byte) (TaskMarketAttestation, error) {
	out, err := taskMarket.abi.Unpack("getAttestation", data)
	if err != nil {
		return *new(TaskMarketAttestation), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketAttestation)).(*TaskMarketAttestation)
	return out0, nil
}

// PackGetAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17bf37a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) PackGetAudit(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getAudit", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17bf37a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) TryPackGetAudit(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getAudit", id)
}

// UnpackGetAudit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17bf37a3.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) UnpackGetAudit(data []byte) (TaskMarketAuditState, error) {
	out, err := taskMarket.abi.Unpack("getAudit", data)
	if err != nil {
		return *new(TaskMarketAuditState), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketAuditState)).(*TaskMarketAuditState)
	return out0, nil
}

// PackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d65e77e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,address,uint256,uint8,uint64,uint64,uint64,uint64,uint256,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) PackGetTask(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getTask", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d65e77e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,address,uint256,uint8,uint64,uint64,uint64,uint64,uint256,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) TryPackGetTask(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getTask", id)
}

// UnpackGetTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d65e77e.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,address,uint256,uint8,uint64,uint64,uint64,uint64,uint256,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) UnpackGetTask(data []byte) (TaskMarketTask, error) {
	out, err := taskMarket.abi.Unpack("getTask", data)
	if err != nil {
		return *new(TaskMarketTask), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketTask)).(*TaskMarketTask)
	return out0, nil
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarket *TaskMarket) PackLocked(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("locked", arg0)
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
func (taskMarket *TaskMarket) TryPackLocked(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("locked", arg0)
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbf9fe5f.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarket *TaskMarket) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50589793.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(uint256 id) view returns(uint64)
func (taskMarket *TaskMarket) PackNumCheckpoints(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("numCheckpoints", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50589793.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(uint256 id) view returns(uint64)
func (taskMarket *TaskMarket) TryPackNumCheckpoints(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("numCheckpoints", id)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50589793.
//
// Solidity: function numCheckpoints(uint256 id) view returns(uint64)
func (taskMarket *TaskMarket) UnpackNumCheckpoints(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPostTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d92006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postTask((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8) spec, (uint256,uint256,uint64,uint64,uint64,uint64) terms, (uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32) audit) payable returns(uint256 id)
func (taskMarket *TaskMarket) PackPostTask(spec TaskMarketSpec, terms TaskMarketTerms, audit TaskMarketAudit) []byte {
	enc, err := taskMarket.abi.Pack("postTask", spec, terms, audit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d92006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postTask((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8) spec, (uint256,uint256,uint64,uint64,uint64,uint64) terms, (uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32) audit) payable returns(uint256 id)
func (taskMarket *TaskMarket) TryPackPostTask(spec TaskMarketSpec, terms TaskMarketTerms, audit TaskMarketAudit) ([]byte, error) {
	return taskMarket.abi.Pack("postTask", spec, terms, audit)
}

// UnpackPostTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d92006.
//
// Solidity: function postTask((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8) spec, (uint256,uint256,uint64,uint64,uint64,uint64) terms, (uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32) audit) payable returns(uint256 id)
func (taskMarket *TaskMarket) UnpackPostTask(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("postTask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (taskMarket *TaskMarket) PackRequestWithdrawal(amount *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("requestWithdrawal", amount)
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
func (taskMarket *TaskMarket) TryPackRequestWithdrawal(amount *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("requestWithdrawal", amount)
}

// PackRevealAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833b15ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) returns()
func (taskMarket *TaskMarket) PackRevealAttestation(id *big.Int, endHash [32]byte, salt [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("revealAttestation", id, endHash, salt)
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
func (taskMarket *TaskMarket) TryPackRevealAttestation(id *big.Int, endHash [32]byte, salt [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("revealAttestation", id, endHash, salt)
}

// PackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79c6f91e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32 trueLeaf, bytes32[] proof) returns()
func (taskMarket *TaskMarket) PackRevealSecret(id *big.Int, secret [32]byte, trueLeaf [32]byte, proof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("revealSecret", id, secret, trueLeaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79c6f91e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32 trueLeaf, bytes32[] proof) returns()
func (taskMarket *TaskMarket) TryPackRevealSecret(id *big.Int, secret [32]byte, trueLeaf [32]byte, proof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("revealSecret", id, secret, trueLeaf, proof)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 id) returns()
func (taskMarket *TaskMarket) PackSettle(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("settle", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackSettle(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("settle", id)
}

// PackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461c8cb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleAttestation(uint256 id, address attester) returns()
func (taskMarket *TaskMarket) PackSettleAttestation(id *big.Int, attester common.Address) []byte {
	enc, err := taskMarket.abi.Pack("settleAttestation", id, attester)
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
func (taskMarket *TaskMarket) TryPackSettleAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("settleAttestation", id, attester)
}

// PackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) PackTaskCount() []byte {
	enc, err := taskMarket.abi.Pack("taskCount")
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
func (taskMarket *TaskMarket) TryPackTaskCount() ([]byte, error) {
	return taskMarket.abi.Pack("taskCount")
}

// UnpackTaskCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTaskCount(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("taskCount", data)
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
func (taskMarket *TaskMarket) PackTotalEscrow() []byte {
	enc, err := taskMarket.abi.Pack("totalEscrow")
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
func (taskMarket *TaskMarket) TryPackTotalEscrow() ([]byte, error) {
	return taskMarket.abi.Pack("totalEscrow")
}

// UnpackTotalEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d89844.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalEscrow(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalEscrow", data)
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
func (taskMarket *TaskMarket) PackTotalFree() []byte {
	enc, err := taskMarket.abi.Pack("totalFree")
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
func (taskMarket *TaskMarket) TryPackTotalFree() ([]byte, error) {
	return taskMarket.abi.Pack("totalFree")
}

// UnpackTotalFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalFree(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalFree", data)
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
func (taskMarket *TaskMarket) PackTotalHeld() []byte {
	enc, err := taskMarket.abi.Pack("totalHeld")
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
func (taskMarket *TaskMarket) TryPackTotalHeld() ([]byte, error) {
	return taskMarket.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalHeld", data)
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
func (taskMarket *TaskMarket) PackTotalJackpot() []byte {
	enc, err := taskMarket.abi.Pack("totalJackpot")
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
func (taskMarket *TaskMarket) TryPackTotalJackpot() ([]byte, error) {
	return taskMarket.abi.Pack("totalJackpot")
}

// UnpackTotalJackpot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a1d0eed.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalJackpot(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalJackpot", data)
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
func (taskMarket *TaskMarket) PackTotalLocked() []byte {
	enc, err := taskMarket.abi.Pack("totalLocked")
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
func (taskMarket *TaskMarket) TryPackTotalLocked() ([]byte, error) {
	return taskMarket.abi.Pack("totalLocked")
}

// UnpackTotalLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalLocked(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalLocked", data)
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
func (taskMarket *TaskMarket) PackTotalUnbonding() []byte {
	enc, err := taskMarket.abi.Pack("totalUnbonding")
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
func (taskMarket *TaskMarket) TryPackTotalUnbonding() ([]byte, error) {
	return taskMarket.abi.Pack("totalUnbonding")
}

// UnpackTotalUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x350fd0be.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalUnbonding(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalUnbonding", data)
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
func (taskMarket *TaskMarket) PackTreasury() []byte {
	enc, err := taskMarket.abi.Pack("treasury")
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
func (taskMarket *TaskMarket) TryPackTreasury() ([]byte, error) {
	return taskMarket.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("treasury", data)
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
func (taskMarket *TaskMarket) PackUnbonding(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("unbonding", arg0)
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
func (taskMarket *TaskMarket) TryPackUnbonding(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("unbonding", arg0)
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
func (taskMarket *TaskMarket) UnpackUnbonding(data []byte) (UnbondingOutput, error) {
	out, err := taskMarket.abi.Unpack("unbonding", data)
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
func (taskMarket *TaskMarket) PackUnbondingDelay() []byte {
	enc, err := taskMarket.abi.Pack("unbondingDelay")
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
func (taskMarket *TaskMarket) TryPackUnbondingDelay() ([]byte, error) {
	return taskMarket.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarket *TaskMarket) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("unbondingDelay", data)
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
func (taskMarket *TaskMarket) PackWinnerShareBps() []byte {
	enc, err := taskMarket.abi.Pack("winnerShareBps")
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
func (taskMarket *TaskMarket) TryPackWinnerShareBps() ([]byte, error) {
	return taskMarket.abi.Pack("winnerShareBps")
}

// UnpackWinnerShareBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac9380d6.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarket *TaskMarket) UnpackWinnerShareBps(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("winnerShareBps", data)
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
func (taskMarket *TaskMarket) PackWithdraw() []byte {
	enc, err := taskMarket.abi.Pack("withdraw")
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
func (taskMarket *TaskMarket) TryPackWithdraw() ([]byte, error) {
	return taskMarket.abi.Pack("withdraw")
}

// TaskMarketAnnounced represents a Announced event raised by the TaskMarket contract.
type TaskMarketAnnounced struct {
	Who  common.Address
	Info []byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const TaskMarketAnnouncedEventName = "Announced"

// ContractEventName returns the user-defined event name.
func (TaskMarketAnnounced) ContractEventName() string {
	return TaskMarketAnnouncedEventName
}

// UnpackAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Announced(address indexed who, bytes info)
func (taskMarket *TaskMarket) UnpackAnnouncedEvent(log *types.Log) (*TaskMarketAnnounced, error) {
	event := "Announced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAnnounced)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestPhase represents a AttestPhase event raised by the TaskMarket contract.
type TaskMarketAttestPhase struct {
	Id        *big.Int
	AttestEnd uint64
	RevealEnd uint64
	SecretEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestPhaseEventName = "AttestPhase"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestPhase) ContractEventName() string {
	return TaskMarketAttestPhaseEventName
}

// UnpackAttestPhaseEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestPhase(uint256 indexed id, uint64 attestEnd, uint64 revealEnd, uint64 secretEnd)
func (taskMarket *TaskMarket) UnpackAttestPhaseEvent(log *types.Log) (*TaskMarketAttestPhase, error) {
	event := "AttestPhase"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestPhase)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationClosed represents a AttestationClosed event raised by the TaskMarket contract.
type TaskMarketAttestationClosed struct {
	Id       *big.Int
	Attester common.Address
	Outcome  uint8
	Paid     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationClosedEventName = "AttestationClosed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationClosed) ContractEventName() string {
	return TaskMarketAttestationClosedEventName
}

// UnpackAttestationClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationClosed(uint256 indexed id, address indexed attester, uint8 outcome, uint256 paid)
func (taskMarket *TaskMarket) UnpackAttestationClosedEvent(log *types.Log) (*TaskMarketAttestationClosed, error) {
	event := "AttestationClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationClosed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationDisputed represents a AttestationDisputed event raised by the TaskMarket contract.
type TaskMarketAttestationDisputed struct {
	Id         *big.Int
	Attester   common.Address
	Challenger common.Address
	Game       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationDisputedEventName = "AttestationDisputed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationDisputed) ContractEventName() string {
	return TaskMarketAttestationDisputedEventName
}

// UnpackAttestationDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationDisputed(uint256 indexed id, address indexed attester, address indexed challenger, uint256 game)
func (taskMarket *TaskMarket) UnpackAttestationDisputedEvent(log *types.Log) (*TaskMarketAttestationDisputed, error) {
	event := "AttestationDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationDisputed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationRevealed represents a AttestationRevealed event raised by the TaskMarket contract.
type TaskMarketAttestationRevealed struct {
	Id       *big.Int
	Attester common.Address
	Segment  uint64
	EndHash  [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationRevealedEventName = "AttestationRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationRevealed) ContractEventName() string {
	return TaskMarketAttestationRevealedEventName
}

// UnpackAttestationRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationRevealed(uint256 indexed id, address indexed attester, uint64 segment, bytes32 endHash)
func (taskMarket *TaskMarket) UnpackAttestationRevealedEvent(log *types.Log) (*TaskMarketAttestationRevealed, error) {
	event := "AttestationRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationRevealed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationSettled represents a AttestationSettled event raised by the TaskMarket contract.
type TaskMarketAttestationSettled struct {
	Id          *big.Int
	Attester    common.Address
	Game        *big.Int
	AttesterWon bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationSettledEventName = "AttestationSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationSettled) ContractEventName() string {
	return TaskMarketAttestationSettledEventName
}

// UnpackAttestationSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationSettled(uint256 indexed id, address indexed attester, uint256 game, bool attesterWon)
func (taskMarket *TaskMarket) UnpackAttestationSettledEvent(log *types.Log) (*TaskMarketAttestationSettled, error) {
	event := "AttestationSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttested represents a Attested event raised by the TaskMarket contract.
type TaskMarketAttested struct {
	Id       *big.Int
	Attester common.Address
	Segment  uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttested) ContractEventName() string {
	return TaskMarketAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(uint256 indexed id, address indexed attester, uint64 segment)
func (taskMarket *TaskMarket) UnpackAttestedEvent(log *types.Log) (*TaskMarketAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketChallenged represents a Challenged event raised by the TaskMarket contract.
type TaskMarketChallenged struct {
	Id         *big.Int
	Challenger common.Address
	Segment    uint64
	Game       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (TaskMarketChallenged) ContractEventName() string {
	return TaskMarketChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint256 indexed id, address indexed challenger, uint64 segment, uint256 game)
func (taskMarket *TaskMarket) UnpackChallengedEvent(log *types.Log) (*TaskMarketChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketChallenged)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketCredited represents a Credited event raised by the TaskMarket contract.
type TaskMarketCredited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (TaskMarketCredited) ContractEventName() string {
	return TaskMarketCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackCreditedEvent(log *types.Log) (*TaskMarketCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketCredited)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketDeposited represents a Deposited event raised by the TaskMarket contract.
type TaskMarketDeposited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (TaskMarketDeposited) ContractEventName() string {
	return TaskMarketDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackDepositedEvent(log *types.Log) (*TaskMarketDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketDeposited)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketDisputeSettled represents a DisputeSettled event raised by the TaskMarket contract.
type TaskMarketDisputeSettled struct {
	Id        *big.Int
	Game      *big.Int
	SolverWon bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketDisputeSettledEventName = "DisputeSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketDisputeSettled) ContractEventName() string {
	return TaskMarketDisputeSettledEventName
}

// UnpackDisputeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeSettled(uint256 indexed id, uint256 game, bool solverWon)
func (taskMarket *TaskMarket) UnpackDisputeSettledEvent(log *types.Log) (*TaskMarketDisputeSettled, error) {
	event := "DisputeSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketDisputeSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketJackpotFunded represents a JackpotFunded event raised by the TaskMarket contract.
type TaskMarketJackpotFunded struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketJackpotFundedEventName = "JackpotFunded"

// ContractEventName returns the user-defined event name.
func (TaskMarketJackpotFunded) ContractEventName() string {
	return TaskMarketJackpotFundedEventName
}

// UnpackJackpotFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JackpotFunded(uint256 amount)
func (taskMarket *TaskMarket) UnpackJackpotFundedEvent(log *types.Log) (*TaskMarketJackpotFunded, error) {
	event := "JackpotFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketJackpotFunded)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketLocked represents a Locked event raised by the TaskMarket contract.
type TaskMarketLocked struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (TaskMarketLocked) ContractEventName() string {
	return TaskMarketLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackLockedEvent(log *types.Log) (*TaskMarketLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketLocked)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketSecretRevealed represents a SecretRevealed event raised by the TaskMarket contract.
type TaskMarketSecretRevealed struct {
	Id           *big.Int
	Forced       bool
	Segment      uint64
	TraceRoot    [32]byte
	Finders      uint32
	JackpotShare *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketSecretRevealedEventName = "SecretRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketSecretRevealed) ContractEventName() string {
	return TaskMarketSecretRevealedEventName
}

// UnpackSecretRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SecretRevealed(uint256 indexed id, bool forced, uint64 segment, bytes32 traceRoot, uint32 finders, uint256 jackpotShare)
func (taskMarket *TaskMarket) UnpackSecretRevealedEvent(log *types.Log) (*TaskMarketSecretRevealed, error) {
	event := "SecretRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSecretRevealed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketSeedDrawnEvent represents a SeedDrawnEvent event raised by the TaskMarket contract.
type TaskMarketSeedDrawnEvent struct {
	Id        *big.Int
	Seed      [32]byte
	FromBlock *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketSeedDrawnEventEventName = "SeedDrawnEvent"

// ContractEventName returns the user-defined event name.
func (TaskMarketSeedDrawnEvent) ContractEventName() string {
	return TaskMarketSeedDrawnEventEventName
}

// UnpackSeedDrawnEventEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeedDrawnEvent(uint256 indexed id, bytes32 seed, uint256 fromBlock)
func (taskMarket *TaskMarket) UnpackSeedDrawnEventEvent(log *types.Log) (*TaskMarketSeedDrawnEvent, error) {
	event := "SeedDrawnEvent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSeedDrawnEvent)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketSlashed represents a Slashed event raised by the TaskMarket contract.
type TaskMarketSlashed struct {
	Who        common.Address
	Amount     *big.Int
	Winner     common.Address
	Paid       *big.Int
	ToTreasury *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (TaskMarketSlashed) ContractEventName() string {
	return TaskMarketSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed who, uint256 amount, address indexed winner, uint256 paid, uint256 toTreasury)
func (taskMarket *TaskMarket) UnpackSlashedEvent(log *types.Log) (*TaskMarketSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSlashed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTaskClaimed represents a TaskClaimed event raised by the TaskMarket contract.
type TaskMarketTaskClaimed struct {
	Id       *big.Int
	Solver   common.Address
	CommitBy uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskClaimed) ContractEventName() string {
	return TaskMarketTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(uint256 indexed id, address indexed solver, uint64 commitBy)
func (taskMarket *TaskMarket) UnpackTaskClaimedEvent(log *types.Log) (*TaskMarketTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskClaimed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTaskFinalized represents a TaskFinalized event raised by the TaskMarket contract.
type TaskMarketTaskFinalized struct {
	Id     *big.Int
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskFinalizedEventName = "TaskFinalized"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskFinalized) ContractEventName() string {
	return TaskMarketTaskFinalizedEventName
}

// UnpackTaskFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalized(uint256 indexed id, uint8 status)
func (taskMarket *TaskMarket) UnpackTaskFinalizedEvent(log *types.Log) (*TaskMarketTaskFinalized, error) {
	event := "TaskFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskFinalized)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTaskPosted represents a TaskPosted event raised by the TaskMarket contract.
type TaskMarketTaskPosted struct {
	Id        *big.Int
	Submitter common.Address
	Reward    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskPostedEventName = "TaskPosted"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskPosted) ContractEventName() string {
	return TaskMarketTaskPostedEventName
}

// UnpackTaskPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPosted(uint256 indexed id, address indexed submitter, uint256 reward)
func (taskMarket *TaskMarket) UnpackTaskPostedEvent(log *types.Log) (*TaskMarketTaskPosted, error) {
	event := "TaskPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskPosted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTraceCommitted represents a TraceCommitted event raised by the TaskMarket contract.
type TaskMarketTraceCommitted struct {
	Id        *big.Int
	TraceRoot [32]byte
	FinalRoot [32]byte
	WindowEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketTraceCommittedEventName = "TraceCommitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketTraceCommitted) ContractEventName() string {
	return TaskMarketTraceCommittedEventName
}

// UnpackTraceCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TraceCommitted(uint256 indexed id, bytes32 traceRoot, bytes32 finalRoot, uint64 windowEnd)
func (taskMarket *TaskMarket) UnpackTraceCommittedEvent(log *types.Log) (*TaskMarketTraceCommitted, error) {
	event := "TraceCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTraceCommitted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketUnlocked represents a Unlocked event raised by the TaskMarket contract.
type TaskMarketUnlocked struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketUnlockedEventName = "Unlocked"

// ContractEventName returns the user-defined event name.
func (TaskMarketUnlocked) ContractEventName() string {
	return TaskMarketUnlockedEventName
}

// UnpackUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlocked(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackUnlockedEvent(log *types.Log) (*TaskMarketUnlocked, error) {
	event := "Unlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketUnlocked)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketWithdrawalRequested represents a WithdrawalRequested event raised by the TaskMarket contract.
type TaskMarketWithdrawalRequested struct {
	Who       common.Address
	Amount    *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (TaskMarketWithdrawalRequested) ContractEventName() string {
	return TaskMarketWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed who, uint256 amount, uint64 releaseAt)
func (taskMarket *TaskMarket) UnpackWithdrawalRequestedEvent(log *types.Log) (*TaskMarketWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketWithdrawn represents a Withdrawn event raised by the TaskMarket contract.
type TaskMarketWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketWithdrawn) ContractEventName() string {
	return TaskMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackWithdrawnEvent(log *types.Log) (*TaskMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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
func (taskMarket *TaskMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AttestersFull"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAttestersFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadReveal"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadSecret"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadSecretError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadTask"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["GamePending"].ID.Bytes()[:4]) {
		return taskMarket.UnpackGamePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InfoTooLong"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInfoTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InsufficientFree"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInsufficientFreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoAudit"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoAuditError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoSeed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoSeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ProofIndexTooLarge"].ID.Bytes()[:4]) {
		return taskMarket.UnpackProofIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["Reentrant"].ID.Bytes()[:4]) {
		return taskMarket.UnpackReentrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SecretAlreadyRevealed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSecretAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SecretNotRevealed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSecretNotRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SeedDrawn"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSeedDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SeedNotReady"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSeedNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SolverCannotAttest"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSolverCannotAttestError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return taskMarket.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TooLate"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongAttestation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return taskMarket.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketAlreadyAttested represents a AlreadyAttested error raised by the TaskMarket contract.
type TaskMarketAlreadyAttested struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested()
func TaskMarketAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0x35d90805a5fbe56fbda37791516ccf4edce05e235ef9c358af24fe6086d2e971")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested()
func (taskMarket *TaskMarket) UnpackAlreadyAttestedError(raw []byte) (*TaskMarketAlreadyAttested, error) {
	out := new(TaskMarketAlreadyAttested)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAttestersFull represents a AttestersFull error raised by the TaskMarket contract.
type TaskMarketAttestersFull struct {
	Max uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestersFull(uint32 max)
func TaskMarketAttestersFullErrorID() common.Hash {
	return common.HexToHash("0xfa17747b26e42c58a1f92f22e64b06d2d5083fbcf8d72baacea4e3b9a998a33b")
}

// UnpackAttestersFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestersFull(uint32 max)
func (taskMarket *TaskMarket) UnpackAttestersFullError(raw []byte) (*TaskMarketAttestersFull, error) {
	out := new(TaskMarketAttestersFull)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AttestersFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadConfig represents a BadConfig error raised by the TaskMarket contract.
type TaskMarketBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func TaskMarketBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (taskMarket *TaskMarket) UnpackBadConfigError(raw []byte) (*TaskMarketBadConfig, error) {
	out := new(TaskMarketBadConfig)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadProof represents a BadProof error raised by the TaskMarket contract.
type TaskMarketBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func TaskMarketBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (taskMarket *TaskMarket) UnpackBadProofError(raw []byte) (*TaskMarketBadProof, error) {
	out := new(TaskMarketBadProof)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadReveal represents a BadReveal error raised by the TaskMarket contract.
type TaskMarketBadReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReveal()
func TaskMarketBadRevealErrorID() common.Hash {
	return common.HexToHash("0x8ff14e0d07ca4f2f9380e8c8365d9e1548f71c5a569f55c866b261c9c71709b2")
}

// UnpackBadRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReveal()
func (taskMarket *TaskMarket) UnpackBadRevealError(raw []byte) (*TaskMarketBadReveal, error) {
	out := new(TaskMarketBadReveal)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadSecret represents a BadSecret error raised by the TaskMarket contract.
type TaskMarketBadSecret struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSecret()
func TaskMarketBadSecretErrorID() common.Hash {
	return common.HexToHash("0xe1dcd597db6f16ac06203cb6e671eb1def701531596b304a9941b6923c0a0dde")
}

// UnpackBadSecretError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSecret()
func (taskMarket *TaskMarket) UnpackBadSecretError(raw []byte) (*TaskMarketBadSecret, error) {
	out := new(TaskMarketBadSecret)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadSecret", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadTask represents a BadTask error raised by the TaskMarket contract.
type TaskMarketBadTask struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTask()
func TaskMarketBadTaskErrorID() common.Hash {
	return common.HexToHash("0x6921e3b4501e22d9432ff1aa53895407028d819f4cd2f84e43baa8d4e5840bb8")
}

// UnpackBadTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTask()
func (taskMarket *TaskMarket) UnpackBadTaskError(raw []byte) (*TaskMarketBadTask, error) {
	out := new(TaskMarketBadTask)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketGamePending represents a GamePending error raised by the TaskMarket contract.
type TaskMarketGamePending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamePending()
func TaskMarketGamePendingErrorID() common.Hash {
	return common.HexToHash("0x8f9461a2587960a8fa5c5d202fc3eb2a80444aaa674fe2300966c2401d47ed4e")
}

// UnpackGamePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamePending()
func (taskMarket *TaskMarket) UnpackGamePendingError(raw []byte) (*TaskMarketGamePending, error) {
	out := new(TaskMarketGamePending)
	if err := taskMarket.abi.UnpackIntoInterface(out, "GamePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInfoTooLong represents a InfoTooLong error raised by the TaskMarket contract.
type TaskMarketInfoTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InfoTooLong(uint256 length)
func TaskMarketInfoTooLongErrorID() common.Hash {
	return common.HexToHash("0x6a2391f3a84042e60d229558c74ec367948f08359b623969026d32b8ec962208")
}

// UnpackInfoTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InfoTooLong(uint256 length)
func (taskMarket *TaskMarket) UnpackInfoTooLongError(raw []byte) (*TaskMarketInfoTooLong, error) {
	out := new(TaskMarketInfoTooLong)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InfoTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInsufficientFree represents a InsufficientFree error raised by the TaskMarket contract.
type TaskMarketInsufficientFree struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFree(uint256 have, uint256 want)
func TaskMarketInsufficientFreeErrorID() common.Hash {
	return common.HexToHash("0x62b244c07094747609d4e57615429a9c2e20827b39a98bb745072bcff24ab63f")
}

// UnpackInsufficientFreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFree(uint256 have, uint256 want)
func (taskMarket *TaskMarket) UnpackInsufficientFreeError(raw []byte) (*TaskMarketInsufficientFree, error) {
	out := new(TaskMarketInsufficientFree)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InsufficientFree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoAudit represents a NoAudit error raised by the TaskMarket contract.
type TaskMarketNoAudit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAudit()
func TaskMarketNoAuditErrorID() common.Hash {
	return common.HexToHash("0xb528ce78fc7c9b91d1fc4e6fc6c9cc1ef0587632c2f2a08afa27fd24f45ec88f")
}

// UnpackNoAuditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAudit()
func (taskMarket *TaskMarket) UnpackNoAuditError(raw []byte) (*TaskMarketNoAudit, error) {
	out := new(TaskMarketNoAudit)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoAudit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoSeed represents a NoSeed error raised by the TaskMarket contract.
type TaskMarketNoSeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSeed()
func TaskMarketNoSeedErrorID() common.Hash {
	return common.HexToHash("0xd46b67629292245bfadc318b35d69cd1b4fed79a01bf73d9db95f9169f80b2c9")
}

// UnpackNoSeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSeed()
func (taskMarket *TaskMarket) UnpackNoSeedError(raw []byte) (*TaskMarketNoSeed, error) {
	out := new(TaskMarketNoSeed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoSeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotSolver represents a NotSolver error raised by the TaskMarket contract.
type TaskMarketNotSolver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver()
func TaskMarketNotSolverErrorID() common.Hash {
	return common.HexToHash("0xc139eabd1a4f258a1bb0bfdf8d80b8fb8155b7a1621f556f1b0e09968920c78d")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver()
func (taskMarket *TaskMarket) UnpackNotSolverError(raw []byte) (*TaskMarketNotSolver, error) {
	out := new(TaskMarketNotSolver)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotSubmitter represents a NotSubmitter error raised by the TaskMarket contract.
type TaskMarketNotSubmitter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter()
func TaskMarketNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xc54468844a8e74bd8b093fc850800ed8f8048a67fab2713d63196574dad21ba4")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter()
func (taskMarket *TaskMarket) UnpackNotSubmitterError(raw []byte) (*TaskMarketNotSubmitter, error) {
	out := new(TaskMarketNotSubmitter)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNothingToWithdraw represents a NothingToWithdraw error raised by the TaskMarket contract.
type TaskMarketNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func TaskMarketNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (taskMarket *TaskMarket) UnpackNothingToWithdrawError(raw []byte) (*TaskMarketNothingToWithdraw, error) {
	out := new(TaskMarketNothingToWithdraw)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketProofIndexTooLarge represents a ProofIndexTooLarge error raised by the TaskMarket contract.
type TaskMarketProofIndexTooLarge struct {
	Index      *big.Int
	PathLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func TaskMarketProofIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0x177e5bcb08cf89a768a67353bdbf94c7be8b9c5e1b10b3969d3a7cd1c4dd15c7")
}

// UnpackProofIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func (taskMarket *TaskMarket) UnpackProofIndexTooLargeError(raw []byte) (*TaskMarketProofIndexTooLarge, error) {
	out := new(TaskMarketProofIndexTooLarge)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ProofIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketReentrant represents a Reentrant error raised by the TaskMarket contract.
type TaskMarketReentrant struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrant()
func TaskMarketReentrantErrorID() common.Hash {
	return common.HexToHash("0xed3ba6a62877a99990a32617b4e001f2c85c7886f010c9b166e8438fd38bcb40")
}

// UnpackReentrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrant()
func (taskMarket *TaskMarket) UnpackReentrantError(raw []byte) (*TaskMarketReentrant, error) {
	out := new(TaskMarketReentrant)
	if err := taskMarket.abi.UnpackIntoInterface(out, "Reentrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSecretAlreadyRevealed represents a SecretAlreadyRevealed error raised by the TaskMarket contract.
type TaskMarketSecretAlreadyRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecretAlreadyRevealed()
func TaskMarketSecretAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x75dde69b68ea4a9b6e87da216d5a15f98a878e845fd30794770700361869b9e3")
}

// UnpackSecretAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecretAlreadyRevealed()
func (taskMarket *TaskMarket) UnpackSecretAlreadyRevealedError(raw []byte) (*TaskMarketSecretAlreadyRevealed, error) {
	out := new(TaskMarketSecretAlreadyRevealed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SecretAlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSecretNotRevealed represents a SecretNotRevealed error raised by the TaskMarket contract.
type TaskMarketSecretNotRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecretNotRevealed()
func TaskMarketSecretNotRevealedErrorID() common.Hash {
	return common.HexToHash("0xbb55aad0f0c53ed898563602a922cc6407ee088179d35477ffa029a3f3e7db5c")
}

// UnpackSecretNotRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecretNotRevealed()
func (taskMarket *TaskMarket) UnpackSecretNotRevealedError(raw []byte) (*TaskMarketSecretNotRevealed, error) {
	out := new(TaskMarketSecretNotRevealed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SecretNotRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSeedDrawn represents a SeedDrawn error raised by the TaskMarket contract.
type TaskMarketSeedDrawn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedDrawn()
func TaskMarketSeedDrawnErrorID() common.Hash {
	return common.HexToHash("0xa1b97eaa194c93065f1094ad854f337c401da249edafabbc5a8189cb64b3f1e3")
}

// UnpackSeedDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedDrawn()
func (taskMarket *TaskMarket) UnpackSeedDrawnError(raw []byte) (*TaskMarketSeedDrawn, error) {
	out := new(TaskMarketSeedDrawn)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SeedDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSeedNotReady represents a SeedNotReady error raised by the TaskMarket contract.
type TaskMarketSeedNotReady struct {
	AtBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedNotReady(uint64 atBlock)
func TaskMarketSeedNotReadyErrorID() common.Hash {
	return common.HexToHash("0x02c32a2ded6a884902067b2ecedffb35e60172bb0e3614bc08bd2b9fdd715e2e")
}

// UnpackSeedNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedNotReady(uint64 atBlock)
func (taskMarket *TaskMarket) UnpackSeedNotReadyError(raw []byte) (*TaskMarketSeedNotReady, error) {
	out := new(TaskMarketSeedNotReady)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SeedNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSelfChallenge represents a SelfChallenge error raised by the TaskMarket contract.
type TaskMarketSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func TaskMarketSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (taskMarket *TaskMarket) UnpackSelfChallengeError(raw []byte) (*TaskMarketSelfChallenge, error) {
	out := new(TaskMarketSelfChallenge)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSolverCannotAttest represents a SolverCannotAttest error raised by the TaskMarket contract.
type TaskMarketSolverCannotAttest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SolverCannotAttest()
func TaskMarketSolverCannotAttestErrorID() common.Hash {
	return common.HexToHash("0x414aa7c2b91574420a3df2751135219458bb184a96c7379cbe5a41e0d7c42fb0")
}

// UnpackSolverCannotAttestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SolverCannotAttest()
func (taskMarket *TaskMarket) UnpackSolverCannotAttestError(raw []byte) (*TaskMarketSolverCannotAttest, error) {
	out := new(TaskMarketSolverCannotAttest)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SolverCannotAttest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketStillUnbonding represents a StillUnbonding error raised by the TaskMarket contract.
type TaskMarketStillUnbonding struct {
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func TaskMarketStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func (taskMarket *TaskMarket) UnpackStillUnbondingError(raw []byte) (*TaskMarketStillUnbonding, error) {
	out := new(TaskMarketStillUnbonding)
	if err := taskMarket.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTooEarly represents a TooEarly error raised by the TaskMarket contract.
type TaskMarketTooEarly struct {
	When uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 when)
func TaskMarketTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 when)
func (taskMarket *TaskMarket) UnpackTooEarlyError(raw []byte) (*TaskMarketTooEarly, error) {
	out := new(TaskMarketTooEarly)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTooLate represents a TooLate error raised by the TaskMarket contract.
type TaskMarketTooLate struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLate(uint64 deadline)
func TaskMarketTooLateErrorID() common.Hash {
	return common.HexToHash("0x4d673a06590205f21674ad45375abc81b85de145ee567806f534cab23841a1cf")
}

// UnpackTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLate(uint64 deadline)
func (taskMarket *TaskMarket) UnpackTooLateError(raw []byte) (*TaskMarketTooLate, error) {
	out := new(TaskMarketTooLate)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTransferFailed represents a TransferFailed error raised by the TaskMarket contract.
type TaskMarketTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func TaskMarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (taskMarket *TaskMarket) UnpackTransferFailedError(raw []byte) (*TaskMarketTransferFailed, error) {
	out := new(TaskMarketTransferFailed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongAttestation represents a WrongAttestation error raised by the TaskMarket contract.
type TaskMarketWrongAttestation struct {
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAttestation(uint8 have)
func TaskMarketWrongAttestationErrorID() common.Hash {
	return common.HexToHash("0x5c4ff07df9dd3df359f8cd3c0e34edf70cd62c87a0eb81e718aaa35457b123de")
}

// UnpackWrongAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAttestation(uint8 have)
func (taskMarket *TaskMarket) UnpackWrongAttestationError(raw []byte) (*TaskMarketWrongAttestation, error) {
	out := new(TaskMarketWrongAttestation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongStatus represents a WrongStatus error raised by the TaskMarket contract.
type TaskMarketWrongStatus struct {
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint8 have)
func TaskMarketWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x359011ccd738a108d04e7a1ab24582560fddd574ce22131d066f1d19eed7398c")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint8 have)
func (taskMarket *TaskMarket) UnpackWrongStatusError(raw []byte) (*TaskMarketWrongStatus, error) {
	out := new(TaskMarketWrongStatus)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketZeroAmount represents a ZeroAmount error raised by the TaskMarket contract.
type TaskMarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func TaskMarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (taskMarket *TaskMarket) UnpackZeroAmountError(raw []byte) (*TaskMarketZeroAmount, error) {
	out := new(TaskMarketZeroAmount)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
