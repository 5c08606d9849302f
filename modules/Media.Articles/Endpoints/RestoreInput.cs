namespace Media.Articles.Endpoints;

/// <summary><c>POST /api/articles/{id}/restore</c>: the earlier version whose content becomes the newest version.</summary>
public sealed record RestoreInput(int? Version);
