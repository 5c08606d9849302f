namespace Media.Abstractions.Content;

/// <summary>The contract's <c>currentStage</c>: where an article in review waits.</summary>
public sealed record StageResponse(int Index, string Name, string Role);
