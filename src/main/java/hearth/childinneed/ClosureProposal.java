package hearth.childinneed;

/** What a worker proposes when closing an episode: the DfE reason, a closure summary and the risks considered. */
public record ClosureProposal(ClosureReason reason, String summary, String risksConsidered) {
}
