using System.Reflection;

namespace Media.Web.Hosting.Backups;

/// <summary>Takes a backup of a running site into an empty folder. The order is what keeps it consistent while the
/// site runs: the keys (and with them the audit head anchor) first, then the database, then the media. The anchor may
/// lag the database's chain — verify accepts an anchored entry that is still there — but must never lead it, or
/// verify would report the entries after the copy as cut off (docs/audit-trail.md §7). Media last, so every file the
/// database copy refers to is already stored (media files are content-addressed and never change).</summary>
public sealed class BackupWriter(BackupSite site)
{
    public async Task<BackupOutcome> WriteAsync(string folder, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            return BackupOutcome.Refused($"{folder} is not empty: a backup goes into a new or empty folder.");
        Directory.CreateDirectory(folder);
        var createdAt = site.Clock.GetUtcNow();
        var files = new List<BackupFile>();

        var keys = site.AppData.Folder(BackupSite.KeysFolder);
        foreach (var key in BackupFiles.Under(keys))
            files.Add(await BackupFiles.CopyInAsync(Path.Combine(keys, key), folder, Path.Combine(BackupSite.KeysFolder, key), cancellationToken));

        var database = site.DatabaseCopy();
        var migration = await database.LastMigrationAsync(cancellationToken);
        var databaseFile = Path.Combine("database", database.FileName);
        Directory.CreateDirectory(Path.Combine(folder, "database"));
        await database.CopyToAsync(Path.Combine(folder, databaseFile), cancellationToken);
        files.Add(await BackupFiles.DescribeAsync(folder, databaseFile, cancellationToken));

        if (site.MediaIsLocal)
        {
            var media = site.AppData.Folder(BackupSite.MediaFolder);
            foreach (var file in BackupFiles.Under(media))
                files.Add(await BackupFiles.CopyInAsync(Path.Combine(media, file), folder, Path.Combine(BackupSite.MediaFolder, file), cancellationToken));
        }

        var notCovered = site.NotCovered();
        var manifest = new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentVersion, createdAt, Version(),
            site.Database.Provider.ToString(), databaseFile.Replace('\\', '/'), migration, site.MediaIsLocal, notCovered, files);
        await manifest.WriteAsync(folder, cancellationToken);
        return new BackupOutcome(true, $"Backup written to {folder}: {files.Count} files, {files.Sum(f => f.Bytes):N0} bytes " +
            $"({site.Database.Provider} database, migration {migration ?? "none"}).", notCovered);
    }

    private static string Version() =>
        typeof(BackupWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
