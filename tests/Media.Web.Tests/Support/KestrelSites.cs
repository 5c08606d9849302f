using Media.Data;
using Media.Testing;

namespace Media.Web.Tests.Support;

/// <summary>Sites on Kestrel (real sockets on loopback), so that the connection's remote address is a real one —
/// what <c>/metrics</c> decides on.</summary>
public abstract class KestrelSite : MediaAppFactory
{
    protected KestrelSite(DatabaseProvider provider) : base(provider) => UseKestrel(0);
}

public sealed class KestrelSqliteSite() : KestrelSite(DatabaseProvider.Sqlite);

public sealed class KestrelPostgresSite() : KestrelSite(DatabaseProvider.PostgreSql);

/// <summary>Metrics allowed only from a network the tests never connect from.</summary>
public sealed class MetricsElsewhereSqliteSite() : KestrelSite(DatabaseProvider.Sqlite)
{
    public const string AllowedFrom = "10.20.0.0/16, 192.0.2.7";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Media:Hosting:MetricsAllowedFrom"] = AllowedFrom };
}

public sealed class MetricsElsewherePostgresSite() : KestrelSite(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Media:Hosting:MetricsAllowedFrom"] = MetricsElsewhereSqliteSite.AllowedFrom };
}

/// <summary>Behind a proxy on loopback: the tests' own connections come from a known proxy
/// (<c>Media:Hosting:KnownProxies</c>, docs/operations.md §9).</summary>
public sealed class BehindProxySqliteSite() : KestrelSite(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Media:Hosting:KnownProxies"] = "127.0.0.1, ::1" };
}

public sealed class BehindProxyPostgresSite() : KestrelSite(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Media:Hosting:KnownProxies"] = "127.0.0.1, ::1" };
}

/// <summary>A proxy the tests never connect from, so their forwarded headers come from an unknown address.</summary>
public sealed class ProxyElsewhereSqliteSite() : KestrelSite(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Media:Hosting:KnownProxies"] = "192.0.2.0/24" };
}
