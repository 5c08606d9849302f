namespace Media.Web.Hosting.Backups;

/// <summary>A provider's way of copying the whole database out while the site runs, and back into an empty one.</summary>
public interface IDatabaseCopy
{
    /// <summary>The file name of the copy inside the backup's <c>database/</c> folder.</summary>
    string FileName { get; }

    /// <summary>The newest applied EF migration, for the manifest; null when the database has none yet.</summary>
    Task<string?> LastMigrationAsync(CancellationToken cancellationToken);

    /// <summary>A transactionally consistent copy of the database at one moment, written to <paramref name="file"/>.</summary>
    Task CopyToAsync(string file, CancellationToken cancellationToken);

    /// <summary>Null when the target holds no tables (or does not exist yet), else what it holds.</summary>
    Task<string?> ContentsAsync(CancellationToken cancellationToken);

    /// <summary>Loads <paramref name="file"/> into the target, replacing what is there when <paramref name="replace"/>.</summary>
    Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken);
}
