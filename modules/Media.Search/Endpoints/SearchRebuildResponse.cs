namespace Media.Search.Endpoints;

/// <summary>How many published articles the rebuilt index holds.</summary>
public sealed record SearchRebuildResponse(int Articles);
