namespace Media.Abstractions.Content;

/// <summary>The <c>currentStage</c> field (docs/http-api.md §4.3): where an article in review waits.</summary>
public sealed record StageResponse(int Index, string Name, string Role);
