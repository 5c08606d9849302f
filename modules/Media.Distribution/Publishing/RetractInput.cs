namespace Media.Distribution.Publishing;

public sealed record RetractInput(string? Reason);
