using Media.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace Media.Data;

public sealed class PostgresMediaDbContext(
    DbContextOptions<PostgresMediaDbContext> options, IEnumerable<IModelContributor> contributors, AfterCommitQueue afterCommit)
    : MediaDbContext(options, contributors, afterCommit);
