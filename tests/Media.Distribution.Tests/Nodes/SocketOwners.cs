using System.Globalization;

namespace Media.Distribution.Tests.Nodes;

/// <summary>Which process holds an open TCP connection to a loopback port — read from Linux's <c>/proc</c>, so the
/// test can kill the node whose request is on the wire without the request saying where it came from.</summary>
internal static class SocketOwners
{
    private const string Established = "01";

    /// <returns>The ids among <paramref name="processIds"/> with an established connection to <paramref name="port"/>.</returns>
    public static IReadOnlyList<int> ConnectedTo(int port, IEnumerable<int> processIds)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length < 10 || columns[3] != Established) continue;
                var remotePort = int.Parse(columns[2].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (remotePort == port) inodes.Add(columns[9]);
            }
        }
        return processIds.Where(pid => Sockets(pid).Any(inodes.Contains)).ToList();
    }

    private static IEnumerable<string> Sockets(int pid)
    {
        string[] descriptors;
        try { descriptors = Directory.GetFiles($"/proc/{pid}/fd"); }
        catch (IOException) { yield break; }
        catch (UnauthorizedAccessException) { yield break; }
        foreach (var descriptor in descriptors)
        {
            string? target;
            try { target = new FileInfo(descriptor).LinkTarget; }
            catch (IOException) { continue; } // closed meanwhile
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)) yield return target[8..^1];
        }
    }
}
