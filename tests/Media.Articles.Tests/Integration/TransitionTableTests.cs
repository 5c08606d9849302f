using System.Security.Claims;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Articles.Lifecycle;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Articles.Tests.Integration;

/// <summary>
/// docs/lifecycle.md §2: every (track, status, operation) is tried on a real article. What the transition table lists
/// must be allowed to a person holding every permission (or, for a <c>system</c> row, refused to any person and done
/// by Media's own job); everything else must be refused with 409 and leave the article as it was.
/// </summary>
public abstract class TransitionTableTests(MediaAppFactory app)
{
    [Fact]
    public async Task EveryTrackStatusAndOperation_IsAllowedExactlyWhenTheTableSaysSo()
    {
        AssertTheCasesCoverTheTable();
        var articles = await LifecycleArticles.StartAsync(app);
        await AssertHoldsEveryPermissionAsync(articles.Person);

        var failures = new List<string>();
        foreach (var (track, statuses) in LifecycleArticles.Statuses)
        {
            foreach (var status in statuses) failures.AddRange(await TryEveryOperationAsync(articles, track, status));
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} (track/status/operation) case(s) disagree with ArticleTransitions.Table:\n{string.Join('\n', failures)}");
    }

    private async Task<List<string>> TryEveryOperationAsync(LifecycleArticles articles, ArticleTrack track, string status)
    {
        var failures = new List<string>();
        var id = await articles.InStateAsync(track, status);
        var seeded = await ReadAsync(id);
        if ((seeded.Track, seeded.Status) != (track, status))
            return [$"{Name(track, status, "*")}: the article was meant to be in this state but is {seeded.Track}/{seeded.Status}"];
        var state = (await AsAsync(articles.Person, sp => Lifecycle(sp).FindAsync(id, default)))!;

        foreach (var operation in ArticleOperation.All)
        {
            var name = Name(track, status, operation);
            var row = ArticleTransitions.Find(track, status, operation);
            OutcomeKind? expected = row is null ? OutcomeKind.Conflict : row.BySystem ? OutcomeKind.Forbidden : null;

            var check = await AsAsync(articles.Person, sp => Task.FromResult(Lifecycle(sp).Check(state, operation)));
            if (check?.Kind != expected) failures.Add($"{name}: Check answered {Describe(check)}, the table says {Describe(expected)}");

            if (expected is { } refusal && CommandFor(operation, state) is { } command)
                failures.AddRange(await RefusedAsync(name, articles.Person, id, command, refusal));
        }

        // Nothing was saved above, so the first allowed command can use this article; each of the others needs its own.
        var used = false;
        foreach (var row in ArticleTransitions.Table.Where(r => r.Track == track && r.From == status && CommandFor(r.Operation, state) is not null))
        {
            var target = used ? await articles.InStateAsync(track, status) : id;
            used = true;
            failures.AddRange(await AppliedAsync(Name(track, status, row.Operation), row.BySystem ? null : articles.Person, target, row));
        }
        return failures;
    }

    /// <summary>A refused command stages nothing, and a fresh read (no save was attempted) finds the article as it was.</summary>
    private async Task<List<string>> RefusedAsync(string name, ClaimsPrincipal person, Guid id, ArticleCommand command, OutcomeKind expected)
    {
        var before = await ReadAsync(id);
        var (outcome, staged) = await AsAsync(person, async sp =>
        {
            var change = await Lifecycle(sp).ApplyAsync(id, command, default);
            return (change.Outcome, sp.GetRequiredService<MediaDbContext>().ChangeTracker.HasChanges());
        });
        var after = await ReadAsync(id);

        var failures = new List<string>();
        if (outcome.Kind != expected) failures.Add($"{name}: ApplyAsync answered {Describe(outcome)}, the table says {Describe(expected)}");
        if (staged) failures.Add($"{name}: ApplyAsync left changes staged on an article it should refuse");
        if (after != before) failures.Add($"{name}: the article changed although it should have been refused: {before} → {after}");
        return failures;
    }

    /// <summary>An allowed command is applied by a person, or with nobody signed in (Media's scheduled job) for a
    /// system row, and saved; the saved article is in the row's target status.</summary>
    private async Task<List<string>> AppliedAsync(string name, ClaimsPrincipal? caller, Guid id, ArticleTransition row)
    {
        Outcome outcome;
        try
        {
            outcome = await AsAsync(caller, async sp =>
            {
                var lifecycle = Lifecycle(sp);
                var state = (await lifecycle.FindAsync(id, default))!;
                var change = await lifecycle.ApplyAsync(id, CommandFor(row.Operation, state)!, default);
                if (change.Succeeded) await sp.GetRequiredService<MediaDbContext>().SaveChangesAsync();
                return change.Outcome;
            });
        }
        catch (DbUpdateException e)
        {
            return [$"{name}: ApplyAsync allowed it but the save failed: {e.InnerException?.Message ?? e.Message}"];
        }
        var saved = await ReadAsync(id);

        if (!outcome.Succeeded) return [$"{name}: ApplyAsync answered {Describe(outcome)}, the table allows it"];
        return saved.Status == row.To ? [] : [$"{name}: saved as '{saved.Status}', the table says '{row.To}'"];
    }

    /// <summary>A command as Review or Distribution would send it for the article as it is now; null for the
    /// operations that are Articles' own desks (edit, restore, open_correction), which are only asked with Check.</summary>
    private static ArticleCommand? CommandFor(string operation, ArticleState state) => operation switch
    {
        ArticleOperation.Submit => new ArticleCommand.Submit(state.Version, new ReviewStagePosition(0, "初审", MediaRoles.Editor)),
        ArticleOperation.Withdraw => new ArticleCommand.Withdraw(state.Version),
        ArticleOperation.Advance => new ArticleCommand.Advance(state.Version, new ReviewStagePosition(1, "复审", MediaRoles.ChiefEditor)),
        ArticleOperation.SendBack => new ArticleCommand.SendBack(state.Version, "请核实数据"),
        ArticleOperation.SignOff => new ArticleCommand.SignOff(new SignOffPin(state.Version, state.ContentHash)),
        ArticleOperation.Reopen => new ArticleCommand.Reopen(state.Version),
        ArticleOperation.Schedule => new ArticleCommand.Schedule(TimeProvider.System.GetUtcNow().AddDays(7)),
        ArticleOperation.Publish => new ArticleCommand.Publish(),
        ArticleOperation.Retract => new ArticleCommand.Retract("测试撤稿"),
        _ => null,
    };

    /// <summary>The test must not silently skip a case: every status the table leads from is tried on its track, and
    /// every kind of <see cref="ArticleCommand"/> is applied.</summary>
    private static void AssertTheCasesCoverTheTable()
    {
        foreach (var row in ArticleTransitions.Table) Assert.Contains(row.From, LifecycleArticles.Statuses[row.Track]);
        var any = new ArticleState(Guid.Empty, Guid.Empty, "", "", 1, "", null, null, null, null, Guid.Empty, "", default, true, true);
        var applied = ArticleOperation.All.Select(o => CommandFor(o, any)?.GetType()).OfType<Type>();
        var declared = typeof(ArticleCommand).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(ArticleCommand)));
        Assert.Equal(declared.Select(t => t.Name).Order(), applied.Select(t => t.Name).Order());
    }

    private async Task AssertHoldsEveryPermissionAsync(ClaimsPrincipal person) => await AsAsync(person, sp =>
    {
        var permissions = sp.GetRequiredService<IPermissionService>();
        var all = sp.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions());
        Assert.Empty(all.Where(p => !permissions.Has(person, p)).Select(p => p.Name));
        return Task.FromResult(true);
    });

    /// <summary>Runs the work in its own DI scope with <paramref name="user"/> signed in, as a request would have it;
    /// null is nobody, as in Media's own jobs. <see cref="ICurrentUser"/> reads the user from the HttpContext.</summary>
    private async Task<T> AsAsync<T>(ClaimsPrincipal? user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = user is null ? null : new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    private static IArticleLifecycle Lifecycle(IServiceProvider services) => services.GetRequiredService<IArticleLifecycle>();

    private sealed record Snapshot(ArticleTrack Track, string Status, int Version, string ContentHash, int? SignedVersion, int? StageIndex,
        int? PublishedVersion, DateTimeOffset UpdatedAt);

    /// <summary>The article as stored, read in a scope of its own.</summary>
    private async Task<Snapshot> ReadAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var a = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<Article>().AsNoTracking().SingleAsync(a => a.Id == id);
        return new Snapshot(LifecycleGate.TrackOf(a), a.Status, a.CurrentVersion, a.CurrentContentHash, a.SignedVersion, a.StageIndex,
            a.PublishedVersion, a.UpdatedAt);
    }

    private static string Name(ArticleTrack track, string status, string operation) => $"{track.ToString().ToLowerInvariant()}/{status}/{operation}";

    private static string Describe(OutcomeKind? kind) => kind is { } k ? k.ToString() : "allowed";

    private static string Describe(Outcome? outcome) => outcome is null ? "allowed" : $"{outcome.Kind} ({outcome.Detail})";
}

public sealed class TransitionTableTestsOnSqlite(SqliteMediaApp app) : TransitionTableTests(app), IClassFixture<SqliteMediaApp>;

public sealed class TransitionTableTestsOnPostgreSql(PostgresMediaApp app) : TransitionTableTests(app), IClassFixture<PostgresMediaApp>;
