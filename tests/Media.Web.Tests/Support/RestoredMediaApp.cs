using Media.Data;
using Media.Testing;

namespace Media.Web.Tests.Support;

/// <summary>A site started on the AppData and database a backup was restored into.</summary>
internal sealed class RestoredMediaApp(DatabaseProvider provider, string appData, string? postgresDatabase)
    : MediaAppFactory(provider, appData, postgresDatabase);
