using System.Security.Cryptography;

namespace Media.Web.Hosting.Backups;

/// <summary>Copies files into and out of a backup folder, hashing what is written, and checks copies against the
/// manifest.</summary>
internal static class BackupFiles
{
    /// <summary>Copies <paramref name="source"/> to <c>root/relative</c> and answers its manifest line.</summary>
    public static async Task<BackupFile> CopyInAsync(string source, string root, string relative, CancellationToken cancellationToken)
    {
        var target = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            await input.CopyToAsync(output, cancellationToken);
        }
        return await DescribeAsync(root, relative, cancellationToken);
    }

    public static async Task<BackupFile> DescribeAsync(string root, string relative, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, relative);
        await using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return new BackupFile(relative.Replace('\\', '/'), stream.Length, hash);
    }

    /// <summary>Null when the file in the backup is whole, else what is wrong with it.</summary>
    public static async Task<string?> ProblemAsync(string root, BackupFile file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(root, file.Path));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return $"{file.Path} points outside the backup";
        if (!File.Exists(path)) return $"{file.Path} is missing";
        var actual = await DescribeAsync(root, file.Path, cancellationToken);
        if (actual.Bytes != file.Bytes) return $"{file.Path} has {actual.Bytes} bytes, the manifest says {file.Bytes}";
        return actual.Sha256 == file.Sha256 ? null : $"{file.Path} does not match its SHA-256 in the manifest";
    }

    /// <summary>Every file under <paramref name="folder"/>, as paths relative to it, in a stable order.</summary>
    public static IEnumerable<string> Under(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)
        : [];

    /// <summary>Keys are secrets: owner-only, as the site creates them.</summary>
    public static void OwnerOnly(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
