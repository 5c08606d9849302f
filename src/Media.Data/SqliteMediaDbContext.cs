using Media.Abstractions.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Media.Data;

public sealed class SqliteMediaDbContext(
    DbContextOptions<SqliteMediaDbContext> options, IEnumerable<IModelContributor> contributors, AfterCommitQueue afterCommit)
    : MediaDbContext(options, contributors, afterCommit)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; stored as a sortable 64-bit value instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
