// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Float32} from "./Float32.sol";
import {PinpointTree as Tree} from "./PinpointTree.sol";
import {PinpointShapes as Shapes} from "./PinpointShapes.sol";
import {IPinpointKernels} from "./PinpointKernels.sol";
import {ZkElement} from "./ZkElement.sol";

/// @notice See ZkElementJudge.
interface IZkElementJudge {
    function check(uint256 nd, uint64 e, uint32 value, bytes calldata operands, bytes calldata proof)
        external
        view
        returns (bytes32);
    function operandRef(uint256 nd, uint64 e, uint64 q) external pure returns (uint8 slot, uint32 index);
}

/// @title PinpointGame
/// @notice The on-chain pinpoint game between a solver (who claims a segment of training
/// steps) and a challenger (who says the solver's state at the segment's end is wrong).
/// It narrows the disagreement level by level (steps, graph nodes, output element, scalar
/// trace) by descending Merkle trees the solver commits to, 2^fanoutBits children per
/// round, and ends with one float32 operation executed by Float32.eval. The structure
/// of that operation comes from the kernel registry (PinpointKernels) named at
/// deployment, as it stood at the game's Setup.kernelEpoch. It holds no money: its
/// client (TaskMarket) reads result() and pays. See docs/PROTOCOL.md.
///
/// Invariant of a descent (what makes the honest party win): every leaf left of the
/// current subtree was accepted by the challenger, the current subtree root was disputed.
contract PinpointGame {
    enum Result {
        Pending,
        SolverWins,
        ChallengerWins
    }
    enum Phase {
        None,
        CommitSteps, // solver: root over the segment's states
        Reveal, // solver: the next frontier of the current tree
        Pick, // challenger: the first frontier node it disputes
        CommitGraph, // solver: state[s] opened, root over step s's node outputs
        OpenNode, // solver: the disputed node's descriptor and output tensor root
        OpenTrace, // solver: root over the disputed element's scalar trace
        DefendStep, // solver: operands of the disputed scalar step
        DefendAssembly, // solver: where the disputed state leaf comes from
        Done,
        OperandCheck // the other party: accept a proved element or show one of its operands is wrong
    }
    enum Level {
        Steps,
        Graph,
        Assembly,
        Tensor,
        Trace
    }

    /// @notice What the client fixes when it opens a game.
    struct Setup {
        address solver;
        // the kernels that judge this game: those registered at or before this epoch of
        // the registry (in the solver's slot, which the moves that derive mostly read)
        uint16 kernelEpoch;
        address challenger;
        bytes32 nodesRoot; // tree over step-graph node descriptors (PinpointShapes.nodeLeaf)
        bytes32 stateMapRoot; // tree over state positions: 0 carry over, w+1 written by node w
        bytes32 dataRoot; // tree over per-step data leaves H(0x04||batchRoot||nextMeta)
        bytes32 agreed; // state root at step firstStep (both accept it)
        bytes32 disputed; // solver's state root at step firstStep+segLen
        uint64 firstStep;
        uint64 segLen;
        uint32 numNodes;
        uint8 stateDepth; // depth of every state tree of the task
        uint64 clock; // seconds each party may spend over the whole game
    }

    /// @notice A party's opening of one operand of the disputed scalar step.
    struct Opening {
        bytes32 src; // input tensor root, or the referenced trace leaf
        bytes32[] srcProof;
        bytes32 batchRoot; // for batch inputs: the step's data leaf parts
        bytes32 nextMeta;
        bytes32[] batchProof;
        bytes32 header; // for input elements: the tensor's header hash
        bytes32 dataLeaf; // ... the data leaf holding the element
        bytes32[] dataProof;
    }

    /// @notice The solver's opening of the disputed state leaf's origin.
    struct AssemblyOpening {
        uint256 mapLeaf;
        bytes32[] mapProof;
        bytes32 src;
        bytes32[] srcProof;
        bytes32 batchRoot;
        bytes32 nextMeta;
        bytes32[] batchProof;
    }

    struct Game {
        Setup s;
        // what every move reads and writes, in one slot (32 bytes): one cold load and
        // one store per move, not two (the client, read only at the end, sits apart)
        Phase phase;
        Level level;
        Result result;
        bool solverTurn;
        uint32 moves;
        uint64 lastMove;
        uint64 clockSolver;
        uint64 clockChallenger;
        address client;
        // ended by timeout(): a forfeit judges nothing (the client may pay it apart from
        // a judged result). Here, not in the full hot slot: written once, at the end.
        bool forfeit;
        // descent
        bytes32 cur;
        uint64 idx;
        uint8 rem;
        bool refuted; // the challenger proved the element (OperandCheck is then the solver's)
        // what the descents found
        uint64 step; // disputed state index p within the segment (1..segLen)
        uint32 node;
        uint64 element;
        uint64 traceLen;
        uint32 value; // solver's disputed output element bits
        bytes32 stepsRoot;
        bytes32 prevState;
        bytes32 nextState;
        bytes32 graphRoot;
        bytes32 outRoot;
        bytes32 traceRoot;
        Shapes.Node desc;
        bytes32 opsDigest; // keccak256 of the operands a proved element was computed from
    }

    /// @notice A compact view for clients and tests.
    struct View {
        Phase phase;
        Level level;
        Result result;
        bool solverTurn;
        uint32 moves;
        uint64 idx;
        uint8 rem;
        uint64 step;
        uint32 node;
        uint64 element;
        uint64 traceLen;
        uint64 clockSolver;
        uint64 clockChallenger;
        uint64 lastMove;
        bytes32 cur;
    }

    error BadSetup();
    error NoGame(uint256 id);
    error GameOver(uint256 id);
    error WrongMoveNumber(uint32 want, uint32 got);
    error NotYourTurn(address sender);
    error WrongPhase(Phase want, Phase have);
    error ClockExpired();
    error ClockRunning(uint64 deadline);
    error BadProof();
    error BadFrontier();
    error BadPick();
    error BadNode();
    error NotFirstPick();
    error ZkDisabled();
    error NotAtTrace();

    event Opened(uint256 indexed id, address indexed client, address solver, address challenger);
    /// @notice Every accepted move and timeout of game id, by `by` (msg.sender as the game
    /// saw it). The log's data is the call itself, raw (msg.data: decode it as a call to
    /// this contract, not as an event field). Parties read each other's moves here, not
    /// from transactions sent to the game: a party whose account is a contract (multisig,
    /// smart wallet, EIP-7702, forwarder) moves through an internal call, which only a
    /// log makes visible. Raw data saves the 64 bytes of an ABI-encoded `bytes` field.
    event Moved(uint256 indexed id, address indexed by);
    event Resolved(uint256 indexed id, Result result);

    /// @notice log2 of the children revealed per round (one round = solver reveal +
    /// challenger pick). Moves per dispute ~ 2*sum(depths)/fanoutBits.
    uint8 public immutable fanoutBits;
    /// @notice The kernel registry every node, trace length and step shape is derived by
    /// (at the game's Setup.kernelEpoch: nothing registered later reaches a game).
    IPinpointKernels public immutable kernels;
    uint256 public gameCount;
    mapping(uint256 => Game) internal games;

    /// @notice The ZkElementJudge (its verifier is the element circuit's); zero: the proof
    /// path is off. Fixed at deployment, like the code itself, so that no one (the deployer
    /// included) can change how a running game is judged; check the judge's and its
    /// verifier's code hashes against the published ones before trusting a game.
    address public immutable elementJudge;

    constructor(uint8 fanoutBits_, IPinpointKernels kernels_, address judge_) {
        if (
            fanoutBits_ == 0 || fanoutBits_ > 8 || address(kernels_).code.length == 0
                || (judge_ != address(0) && judge_.code.length == 0)
        ) revert BadSetup();
        fanoutBits = fanoutBits_;
        kernels = kernels_;
        elementJudge = judge_;
    }

    // ------------------------------------------------------------------ open, views

    /// @notice Opens a game; the caller becomes its client (the only reader that matters).
    function open(Setup calldata s) external returns (uint256 id) {
        if (
            s.solver == address(0) || s.challenger == address(0) || s.solver == s.challenger || s.segLen == 0
                || s.numNodes == 0 || s.clock == 0 || s.stateDepth == 0
        ) revert BadSetup();
        id = ++gameCount;
        Game storage g = games[id];
        g.s = s;
        g.client = msg.sender;
        g.phase = Phase.CommitSteps;
        g.solverTurn = true;
        g.lastMove = uint64(block.timestamp);
        g.clockSolver = s.clock;
        g.clockChallenger = s.clock;
        emit Opened(id, msg.sender, s.solver, s.challenger);
    }

    function result(uint256 id) external view returns (Result) {
        return games[id].result;
    }

    /// @notice Whether game id ended by timeout() (a forfeit) rather than by a move.
    function forfeited(uint256 id) external view returns (bool) {
        return games[id].forfeit;
    }

    function clientOf(uint256 id) external view returns (address) {
        return games[id].client;
    }

    function state(uint256 id) external view returns (View memory v) {
        Game storage g = games[id];
        v = View(
            g.phase, g.level, g.result, g.solverTurn, g.moves, g.idx, g.rem, g.step, g.node, g.element,
            g.traceLen, g.clockSolver, g.clockChallenger, g.lastMove, g.cur
        );
    }

    function nodeLeaf(Shapes.Node calldata d) external pure returns (bytes32) {
        return Shapes.nodeLeaf(d);
    }

    // ------------------------------------------------------------------ clock

    /// @notice Ends the game for the party to move when its clock has run out.
    function timeout(uint256 id) external {
        Game storage g = _live(id);
        uint64 left = g.solverTurn ? g.clockSolver : g.clockChallenger;
        uint64 deadline = g.lastMove + left;
        if (block.timestamp <= deadline) revert ClockRunning(deadline);
        _moved(id);
        g.forfeit = true;
        _finish(id, g, g.solverTurn ? Result.ChallengerWins : Result.SolverWins);
    }

    /// @dev Emits Moved with this call as its data (see Moved). The copy sits past the
    /// free memory pointer, which stays where it is: nothing else is kept there.
    function _moved(uint256 id) private {
        bytes32 topic = Moved.selector;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, 0, calldatasize())
            log3(p, calldatasize(), topic, id, caller())
        }
    }

    function _live(uint256 id) private view returns (Game storage g) {
        g = games[id];
        if (g.phase == Phase.None) revert NoGame(id);
        if (g.result != Result.Pending) revert GameOver(id);
    }

    /// @dev Checks turn, move number and clock, and charges the mover's clock.
    function _move(uint256 id, uint32 mv, bool bySolver, Phase want) private returns (Game storage g) {
        g = _live(id);
        if (g.moves != mv) revert WrongMoveNumber(g.moves, mv);
        if (g.solverTurn != bySolver || msg.sender != (bySolver ? g.s.solver : g.s.challenger)) {
            revert NotYourTurn(msg.sender);
        }
        if (g.phase != want) revert WrongPhase(want, g.phase);
        uint64 elapsed = uint64(block.timestamp) - g.lastMove;
        if (bySolver) {
            if (elapsed > g.clockSolver) revert ClockExpired();
            g.clockSolver -= elapsed;
        } else {
            if (elapsed > g.clockChallenger) revert ClockExpired();
            g.clockChallenger -= elapsed;
        }
        g.lastMove = uint64(block.timestamp);
        g.moves = mv + 1;
        _moved(id);
    }

    function _finish(uint256 id, Game storage g, Result r) private {
        g.result = r;
        g.phase = Phase.Done;
        emit Resolved(id, r);
    }

    // ------------------------------------------------------------------ descent

    function _startDescent(Game storage g, Level level, bytes32 root, uint8 depth) private {
        g.level = level;
        g.cur = root;
        g.idx = 0;
        g.rem = depth;
        g.phase = Phase.Reveal;
    }

    function _reveal(Game storage g, bytes32[] calldata frontier) private {
        uint8 w = g.rem < fanoutBits ? g.rem : fanoutBits;
        if (frontier.length != uint256(1) << w) revert BadFrontier();
        if (Tree.frontierRoot(frontier, g.rem == w) != g.cur) revert BadFrontier();
        g.phase = Phase.Pick;
        g.solverTurn = false;
    }

    /// @notice Solver: reveals the 2^w nodes below the current subtree root.
    function reveal(uint256 id, uint32 mv, bytes32[] calldata frontier) external {
        Game storage g = _move(id, mv, true, Phase.Reveal);
        _reveal(g, frontier);
    }

    /// @notice Challenger: names the node q of the last revealed frontier that it
    /// disputes (the first, if honest), with its w siblings up to the current subtree
    /// root (nothing of the frontier is stored: the root binds it). At a tensor's data
    /// leaf, lane names the element within the leaf (0..7).
    function pick(uint256 id, uint32 mv, bytes32 node, uint256 q, bytes32[] calldata path, uint8 lane) external {
        Game storage g = _move(id, mv, false, Phase.Pick);
        uint8 w = g.rem < fanoutBits ? g.rem : fanoutBits;
        if (path.length != w || q >> w != 0) revert BadPick();
        if (Tree.subtreeRoot(node, q, path, g.rem == w) != g.cur) revert BadPick();
        g.cur = node;
        g.idx = (g.idx << w) | uint64(q);
        g.rem -= w;
        if (g.rem > 0) {
            g.phase = Phase.Reveal;
            g.solverTurn = true;
            return;
        }
        _onLeaf(id, g, lane);
    }

    /// @dev A padding leaf (past the list's end) is the zero leaf: the solver is right
    /// exactly when it revealed zero there.
    function _padding(uint256 id, Game storage g, bytes32 v) private {
        _finish(id, g, v == bytes32(0) ? Result.SolverWins : Result.ChallengerWins);
    }

    function _onLeaf(uint256 id, Game storage g, uint8 lane) private {
        Level level = g.level;
        g.solverTurn = true;
        if (level == Level.Steps) {
            uint64 p = g.idx;
            if (p == 0) return _finish(id, g, g.cur == g.s.agreed ? Result.SolverWins : Result.ChallengerWins);
            if (p > g.s.segLen) return _padding(id, g, g.cur);
            g.step = p;
            g.nextState = g.cur;
            g.phase = Phase.CommitGraph;
        } else if (level == Level.Graph) {
            if (g.idx >= g.s.numNodes) return _padding(id, g, g.cur);
            g.node = uint32(g.idx);
            g.outRoot = g.cur;
            g.phase = Phase.OpenNode;
        } else if (level == Level.Assembly) {
            g.phase = Phase.DefendAssembly;
        } else if (level == Level.Tensor) {
            if (lane >= 8) revert BadPick();
            uint64 e = g.idx * 8 + lane;
            uint32 v = Tree.le32(g.cur, uint256(lane) * 4);
            g.element = e;
            g.value = v;
            if (e >= g.desc.numel) return _finish(id, g, v == 0 ? Result.SolverWins : Result.ChallengerWins);
            uint64 len = kernels.traceLength(g.s.kernelEpoch, g.desc, e);
            if (len == 0) return _finish(id, g, v == 0 ? Result.SolverWins : Result.ChallengerWins);
            g.traceLen = len;
            g.phase = Phase.OpenTrace;
        } else {
            if (g.idx >= g.traceLen) return _padding(id, g, g.cur);
            g.phase = Phase.DefendStep;
        }
    }

    // ------------------------------------------------------------------ level openings

    /// @notice Solver: commits the root over the segment's states (leaf p = state root at
    /// firstStep+p, p = 0..segLen), proving its last leaf is the disputed root.
    function commitSteps(uint256 id, uint32 mv, bytes32 root, bytes32[] calldata lastProof, bytes32[] calldata frontier)
        external
    {
        Game storage g = _move(id, mv, true, Phase.CommitSteps);
        uint8 d = Tree.depth(uint256(g.s.segLen) + 1);
        if (lastProof.length != d || Tree.rootOf(g.s.disputed, g.s.segLen, lastProof) != root) revert BadProof();
        g.stepsRoot = root;
        _startDescent(g, Level.Steps, root, d);
        _reveal(g, frontier);
    }

    /// @notice Solver: opens state[p-1] (agreed) and commits the root over step p-1's
    /// node output roots (leaf j = tensor root of node j's output).
    function commitGraph(
        uint256 id,
        uint32 mv,
        bytes32 prevState,
        bytes32[] calldata prevProof,
        bytes32 root,
        bytes32[] calldata frontier
    ) external {
        Game storage g = _move(id, mv, true, Phase.CommitGraph);
        uint8 d = Tree.depth(uint256(g.s.segLen) + 1);
        if (prevProof.length != d || Tree.rootOf(prevState, g.step - 1, prevProof) != g.stepsRoot) revert BadProof();
        g.prevState = prevState;
        g.graphRoot = root;
        _startDescent(g, Level.Graph, root, Tree.depth(g.s.numNodes));
        _reveal(g, frontier);
    }

    /// @notice Challenger, instead of its first pick in the graph: accepts every node
    /// output and disputes how state[p] was assembled from them.
    function disputeAssembly(uint256 id, uint32 mv) external {
        Game storage g = _move(id, mv, false, Phase.Pick);
        if (g.level != Level.Graph || g.idx != 0 || g.rem != Tree.depth(g.s.numNodes)) revert NotFirstPick();
        _startDescent(g, Level.Assembly, g.nextState, g.s.stateDepth);
        g.solverTurn = true;
    }

    /// @notice Solver: opens the disputed node's descriptor and output tensor root.
    function openNode(
        uint256 id,
        uint32 mv,
        Shapes.Node calldata desc,
        bytes32[] calldata descProof,
        bytes32 header,
        bytes32 dataRoot,
        bytes32[] calldata frontier
    ) external {
        Game storage g = _move(id, mv, true, Phase.OpenNode);
        if (descProof.length != Tree.depth(g.s.numNodes)) revert BadProof();
        if (Tree.rootOf(Shapes.nodeLeaf(desc), g.node, descProof) != g.s.nodesRoot) revert BadProof();
        if (!kernels.validNode(g.s.kernelEpoch, desc)) revert BadNode();
        if (header != desc.outHeader || Tree.tensorRoot(header, dataRoot) != g.outRoot) revert BadProof();
        g.desc = desc;
        _startDescent(g, Level.Tensor, dataRoot, Tree.depth((uint256(desc.numel) + 7) / 8));
        _reveal(g, frontier);
    }

    /// @notice Solver: commits the root over the disputed element's trace leaves (repops
    /// Step.Leaf), proving its last leaf's result is the element it claimed.
    function openTrace(
        uint256 id,
        uint32 mv,
        bytes32 root,
        bytes32 lastLeaf,
        bytes32[] calldata lastProof,
        bytes32[] calldata frontier
    ) external {
        Game storage g = _move(id, mv, true, Phase.OpenTrace);
        uint8 d = Tree.depth(g.traceLen);
        if (lastProof.length != d || Tree.rootOf(lastLeaf, g.traceLen - 1, lastProof) != root) revert BadProof();
        if (Shapes.resultBits(lastLeaf) != g.value) revert BadProof();
        g.traceRoot = root;
        _startDescent(g, Level.Trace, root, d);
        _reveal(g, frontier);
    }

    // ------------------------------------------------------------------ one-step checks

    /// @notice Solver: opens the operands of the disputed scalar step (c: an fma's
    /// addend, unread for other ops); the contract runs the operation and compares with
    /// the step's recorded result.
    function defendStep(uint256 id, uint32 mv, Opening calldata a, Opening calldata b, Opening calldata c)
        external
    {
        Game storage g = _move(id, mv, true, Phase.DefendStep);
        Shapes.Shape memory sh = kernels.stepShape(g.s.kernelEpoch, g.desc, g.element, g.idx);
        bytes32 leaf = g.cur;
        uint32 claimed = Shapes.resultBits(leaf);
        if (Shapes.encode(sh, claimed) != leaf) return _finish(id, g, Result.ChallengerWins);
        uint32 va = _operand(g, sh.kindA, sh.slotA, sh.payA, a);
        uint32 vb = _operand(g, sh.kindB, sh.slotB, sh.payB, b);
        uint32 vc = _operand(g, sh.kindC, sh.slotC, sh.payC, c); // a non-fma op's zero c: constant 0
        uint32 got = Float32.eval3(sh.op, va, vb, vc);
        _finish(id, g, got == claimed ? Result.SolverWins : Result.ChallengerWins);
    }

    function _operand(Game storage g, uint8 kind, uint8 slot, uint32 pay, Opening calldata o)
        private
        view
        returns (uint32)
    {
        if (kind == Shapes.REF_CONST) return pay;
        if (kind == Shapes.REF_NONE) return 0;
        if (kind == Shapes.REF_STEP) {
            if (pay >= g.idx || o.srcProof.length != Tree.depth(g.traceLen)) revert BadProof();
            if (Tree.rootOf(o.src, pay, o.srcProof) != g.traceRoot) revert BadProof();
            return Shapes.resultBits(o.src);
        }
        bytes32 root = _inputRoot(g, slot, o);
        bytes32 data = Tree.rootOf(o.dataLeaf, pay / 8, o.dataProof);
        if (Tree.tensorRoot(o.header, data) != root) revert BadProof();
        return Tree.le32(o.dataLeaf, (pay % 8) * 4);
    }

    /// @dev The agreed root of the disputed node's input tensor in slot.
    function _inputRoot(Game storage g, uint8 slot, Opening calldata o) private view returns (bytes32) {
        (uint8 kind, uint32 index) = _source(g.desc, slot);
        if (kind == Shapes.SRC_STATE) {
            if (o.srcProof.length != g.s.stateDepth) revert BadProof();
            if (Tree.rootOf(o.src, uint256(index) + 1, o.srcProof) != g.prevState) revert BadProof();
        } else if (kind == Shapes.SRC_BATCH) {
            _checkStepData(g, o.batchRoot, o.nextMeta, o.batchProof);
            if (Tree.rootOf(o.src, index, o.srcProof) != o.batchRoot) revert BadProof();
        } else if (kind == Shapes.SRC_NODE) {
            // only earlier nodes: their outputs are left of the disputed leaf, so agreed
            if (index >= g.node || o.srcProof.length != Tree.depth(g.s.numNodes)) revert BadProof();
            if (Tree.rootOf(o.src, index, o.srcProof) != g.graphRoot) revert BadProof();
        } else {
            revert BadNode();
        }
        return o.src;
    }

    /// @dev Where input slot reads from (slots past 4: nowhere).
    function _source(Shapes.Node storage d, uint8 slot) private view returns (uint8, uint32) {
        if (slot == 0) return (d.src0Kind, d.src0Index);
        if (slot == 1) return (d.src1Kind, d.src1Index);
        if (slot == 2) return (d.src2Kind, d.src2Index);
        if (slot == 3) return (d.src3Kind, d.src3Index);
        if (slot == 4) return (d.src4Kind, d.src4Index);
        return (Shapes.SRC_NONE, 0);
    }

    /// @dev The data leaf of the disputed step (global step firstStep+p-1) in the task's data tree.
    function _checkStepData(Game storage g, bytes32 batchRoot, bytes32 nextMeta, bytes32[] calldata proof)
        private
        view
    {
        uint256 s = uint256(g.s.firstStep) + g.step - 1;
        if (Tree.rootOf(Tree.stepDataLeaf(batchRoot, nextMeta), s, proof) != g.s.dataRoot) revert BadProof();
    }

    // ------------------------------------------------------------------ one proof instead of the trace

    /// @notice Solver, instead of the trace level (at OpenTrace, or on its turn during the
    /// trace descent): proves with one Groth16 proof that the disputed element is what the
    /// node's kernel gives on operands (4 bytes each, proofs.OperandRef order). The
    /// challenger then accepts, or shows one operand differs from the agreed inputs.
    function proveElement(uint256 id, uint32 mv, bytes calldata operands, bytes calldata proof) external {
        Phase ph = games[id].phase;
        bool atTrace = ph == Phase.OpenTrace
            || (games[id].level == Level.Trace && (ph == Phase.Reveal || ph == Phase.DefendStep));
        Game storage g = _move(id, mv, true, atTrace ? ph : Phase.OpenTrace);
        address j = elementJudge;
        if (j == address(0)) revert ZkDisabled();
        g.opsDigest = IZkElementJudge(j).check(_zkNode(g), g.element, g.value, operands, proof);
        g.phase = Phase.OperandCheck;
        g.solverTurn = false;
    }

    /// @notice Challenger, on its turn at the trace level (Pick): proves with one Groth16
    /// proof that the node's kernel gives value, not the solver's, on operands (4 bytes
    /// each, proofs.OperandRef order). The solver then accepts, or shows one operand
    /// differs from the agreed inputs.
    function refuteElement(uint256 id, uint32 mv, uint32 value, bytes calldata operands, bytes calldata proof)
        external
    {
        Game storage g = _move(id, mv, false, Phase.Pick);
        if (g.level != Level.Trace) revert NotAtTrace();
        if (value == g.value) revert BadProof();
        address j = elementJudge;
        if (j == address(0)) revert ZkDisabled();
        g.opsDigest = IZkElementJudge(j).check(_zkNode(g), g.element, value, operands, proof);
        g.refuted = true;
        g.phase = Phase.OperandCheck;
        g.solverTurn = true;
    }

    /// @notice The party that did not prove concedes the proved element.
    function acceptElement(uint256 id, uint32 mv) external {
        bool refuted = games[id].refuted;
        Game storage g = _move(id, mv, refuted, Phase.OperandCheck);
        _finish(id, g, refuted ? Result.ChallengerWins : Result.SolverWins);
    }

    /// @notice The party that did not prove shows that operand q of the proved element is
    /// not the agreed input it stands for (operands: the proving calldata again). Reverts
    /// if it is.
    function disputeOperand(uint256 id, uint32 mv, bytes calldata operands, uint64 q, Opening calldata o) external {
        bool refuted = games[id].refuted;
        Game storage g = _move(id, mv, refuted, Phase.OperandCheck);
        if (keccak256(operands) != g.opsDigest || uint256(q) * 4 >= operands.length) revert BadProof();
        (uint8 slot, uint32 index) = _operandRef(g, q);
        if (_operand(g, Shapes.REF_INPUT, slot, index, o) == ZkElement.operandAt(operands, q)) revert BadProof();
        _finish(id, g, refuted ? Result.SolverWins : Result.ChallengerWins);
    }

    /// @dev proofs.OperandRef, as the judge computes it.
    function _operandRef(Game storage g, uint64 q) private view returns (uint8 slot, uint32 index) {
        return IZkElementJudge(elementJudge).operandRef(_zkNode(g), g.element, q);
    }

    /// @dev The disputed node's kernel and parameters for the judge (ZkElement.node).
    function _zkNode(Game storage g) private view returns (uint256) {
        return ZkElement.node(g.desc.kernel, g.desc.p0, g.desc.p1, g.desc.p2, g.desc.p3);
    }

    /// @notice Solver: shows where the disputed leaf t of state[p] comes from: the step's
    /// next meta (t = 0), node w's output (map leaf w+1) or state[p-1]'s leaf t (map 0).
    function defendAssembly(uint256 id, uint32 mv, AssemblyOpening calldata o) external {
        Game storage g = _move(id, mv, true, Phase.DefendAssembly);
        uint64 t = g.idx;
        bytes32 want;
        if (t == 0) {
            _checkStepData(g, o.batchRoot, o.nextMeta, o.batchProof);
            want = o.nextMeta;
        } else {
            if (o.mapProof.length != g.s.stateDepth) revert BadProof();
            if (Tree.rootOf(bytes32(o.mapLeaf), t, o.mapProof) != g.s.stateMapRoot) revert BadProof();
            if (o.mapLeaf == 0) {
                if (o.srcProof.length != g.s.stateDepth) revert BadProof();
                if (Tree.rootOf(o.src, t, o.srcProof) != g.prevState) revert BadProof();
            } else {
                uint256 w = o.mapLeaf - 1;
                if (w >= g.s.numNodes || o.srcProof.length != Tree.depth(g.s.numNodes)) revert BadProof();
                if (Tree.rootOf(o.src, w, o.srcProof) != g.graphRoot) revert BadProof();
            }
            want = o.src;
        }
        _finish(id, g, want == g.cur ? Result.SolverWins : Result.ChallengerWins);
    }
}
