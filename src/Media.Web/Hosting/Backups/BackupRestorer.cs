namespace Media.Web.Hosting.Backups;

/// <summary>Restores a backup into a stopped site: checks every file against the manifest first, refuses a target
/// that already holds a site (AppData files or database tables) unless forced, then puts the keys, media and database
/// in place. The restored head anchor belongs to the restored database, so verify holds them together.</summary>
public sealed class BackupRestorer(BackupSite site)
{
    public async Task<BackupOutcome> RestoreAsync(string folder, bool force, CancellationToken cancellationToken)
    {
        var (manifest, problem) = await BackupManifest.ReadAsync(folder, cancellationToken);
        if (manifest is null) return BackupOutcome.Refused(problem!);
        if (!string.Equals(manifest.DatabaseProvider, site.Database.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return BackupOutcome.Refused($"The backup holds a {manifest.DatabaseProvider} database but this site is configured for " +
                $"{site.Database.Provider} (Media:Database:Provider).");
        }
        foreach (var file in manifest.Files)
        {
            if (await BackupFiles.ProblemAsync(folder, file, cancellationToken) is { } damaged)
                return BackupOutcome.Refused($"The backup is damaged, nothing was restored: {damaged}.");
        }
        if (!manifest.Files.Any(f => f.Path == manifest.DatabaseFile))
            return BackupOutcome.Refused($"The manifest does not list the database file {manifest.DatabaseFile}.");

        var database = site.DatabaseCopy();
        var occupied = BackupFiles.Under(site.AppData.Root).Select(f => $"AppData holds {f}").Take(1)
            .Concat(await database.ContentsAsync(cancellationToken) is { } tables ? [tables] : []).ToList();
        if (occupied.Count > 0 && !force)
        {
            return BackupOutcome.Refused($"The target is not empty ({string.Join("; ", occupied)}). Restore into an empty " +
                "AppData and an empty database, or add --force to replace what is there (stop the site first).");
        }

        await database.RestoreAsync(Path.Combine(folder, manifest.DatabaseFile), force, cancellationToken);
        var warnings = new List<string>(manifest.NotIncluded);
        foreach (var file in manifest.Files.Where(f => f.Path.StartsWith(BackupSite.KeysFolder + "/", StringComparison.Ordinal)))
        {
            var target = PlaceFile(folder, file, BackupSite.KeysFolder);
            BackupFiles.OwnerOnly(target);
        }
        if (site.MediaIsLocal)
        {
            foreach (var file in manifest.Files.Where(f => f.Path.StartsWith(BackupSite.MediaFolder + "/", StringComparison.Ordinal)))
                PlaceFile(folder, file, BackupSite.MediaFolder);
        }
        else if (manifest.MediaIncluded)
        {
            warnings.Add("the backup holds local media files but this site stores media in S3: they were not restored; copy " +
                "the backup's media/ folder into the bucket if they are not there.");
        }
        return new BackupOutcome(true, $"Restored the backup of {manifest.CreatedAt:u} ({manifest.Files.Count} files, " +
            $"{manifest.DatabaseProvider} database, migration {manifest.LastMigration ?? "none"}) into {site.AppData.Root}. " +
            "Start the site and run the audit verify.", warnings);
    }

    private string PlaceFile(string folder, BackupFile file, string area)
    {
        var relative = file.Path[(area.Length + 1)..];
        var target = Path.Combine(site.AppData.Folder(area), relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(folder, file.Path), target, overwrite: true);
        return target;
    }
}
