using System.Collections.Concurrent;
using Media.Abstractions.Events;
using Media.Articles.Data;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>docs/architecture.md §4: an after-commit notification runs once the database has committed — after a save
/// that commits on its own, or when the caller's own transaction commits — and never for a change that did not happen.</summary>
public abstract class AfterCommitTests(MediaAppFactory app)
{
    private readonly Lazy<IServiceProvider> services = new(() => app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
    {
        s.AddScoped<IAfterCommitHandler<Noted>, FailingFirst>();
        s.AddScoped<IAfterCommitHandler<Noted>, Recorder>();
    })).Services);

    [Fact]
    public async Task ASave_ThatCommits_DispatchesAfterTheRowIsThere()
    {
        var slug = Slug();
        await InScopeAsync(async (db, queue) =>
        {
            queue.Enlist(new Noted(slug));
            db.Add(NewColumn(slug));
            Assert.DoesNotContain(slug, Heard.Seen);
            await db.SaveChangesAsync();
        });

        Assert.Contains(slug, Heard.Seen); // and the failing handler before it did not stop it
        Assert.True(Heard.RowExisted[slug]);
    }

    [Fact]
    public async Task ASave_ThatFails_DiscardsTheNotification()
    {
        var slug = Slug();
        await InScopeAsync(async (db, _) =>
        {
            db.Add(NewColumn(slug));
            await db.SaveChangesAsync();
        });

        await InScopeAsync(async (db, queue) =>
        {
            queue.Enlist(new Noted(slug + "-dup"));
            db.Add(NewColumn(slug)); // the slug is unique: this save fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(0, queue.Count);
        });

        Assert.DoesNotContain(slug + "-dup", Heard.Seen);
    }

    [Fact]
    public async Task InACallersTransaction_NothingRunsUntilItCommits()
    {
        var slug = Slug();
        await InScopeAsync(async (db, queue) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            queue.Enlist(new Noted(slug));
            db.Add(NewColumn(slug));
            await db.SaveChangesAsync();
            Assert.DoesNotContain(slug, Heard.Seen); // saved, not committed
            await transaction.CommitAsync();
        });

        Assert.Contains(slug, Heard.Seen);
    }

    [Fact]
    public async Task InACallersTransaction_ARollback_DiscardsIt()
    {
        var slug = Slug();
        await InScopeAsync(async (db, queue) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            queue.Enlist(new Noted(slug));
            db.Add(NewColumn(slug));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            Assert.Equal(0, queue.Count);
        });

        Assert.DoesNotContain(slug, Heard.Seen);
        await InScopeAsync(async (db, _) => Assert.False(await db.Set<Column>().AnyAsync(c => c.Slug == slug)));
    }

    private async Task InScopeAsync(Func<MediaDbContext, AfterCommitQueue, Task> work)
    {
        using var scope = services.Value.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<MediaDbContext>(), scope.ServiceProvider.GetRequiredService<AfterCommitQueue>());
    }

    private static string Slug() => "after-commit-" + Guid.NewGuid().ToString("N")[..10];

    private static Column NewColumn(string slug) => new() { Id = Guid.NewGuid(), Name = "测试栏目 " + slug, Slug = slug, CreatedAt = TimeProvider.System.GetUtcNow() };

    private sealed record Noted(string Slug) : IAfterCommitNotification;

    /// <summary>What the handlers heard, shared across scopes (the handlers are scoped, as the real ones are).</summary>
    private sealed class Heard
    {
        public static readonly ConcurrentBag<string> Seen = [];

        public static readonly ConcurrentDictionary<string, bool> RowExisted = new();
    }

    /// <summary>Fails on purpose: the commit stands and the handlers after it still run.</summary>
    private sealed class FailingFirst : IAfterCommitHandler<Noted>
    {
        public Task HandleAsync(Noted notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A handler that fails.");
    }

    /// <summary>Records the notification and whether the change is visible from a fresh scope, i.e. committed.</summary>
    private sealed class Recorder(IServiceScopeFactory scopes) : IAfterCommitHandler<Noted>
    {
        public async Task HandleAsync(Noted notification, CancellationToken cancellationToken)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
            Heard.RowExisted[notification.Slug] = await db.Set<Column>().AnyAsync(c => c.Slug == notification.Slug, cancellationToken);
            Heard.Seen.Add(notification.Slug);
        }
    }
}

public sealed class AfterCommitTestsOnSqlite(SqliteMediaApp app) : AfterCommitTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AfterCommitTestsOnPostgreSql(PostgresMediaApp app) : AfterCommitTests(app), IClassFixture<PostgresMediaApp>;
