using Media.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Web.Tests.Unit;

/// <summary>A 500 never shows internals in Production; in Testing it names the exception, so CI says what broke.</summary>
public sealed class ProblemExceptionHandlerTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Testing", true)]
    [InlineData("Development", true)]
    public async Task ServerError_NamesTheException_OnlyOutsideProductionLikeEnvironments(string environment, bool named)
    {
        var written = new Captured();
        var handler = new ProblemExceptionHandler(written, NullLogger<ProblemExceptionHandler>.Instance, new Environment(environment));

        await handler.TryHandleAsync(new DefaultHttpContext(), new InvalidOperationException("outer\nsecond line",
            new TimeoutException("inner")), CancellationToken.None);

        Assert.Equal(500, written.Details!.Status);
        Assert.Equal(named, written.Details.Extensions.TryGetValue("exception", out var text));
        if (named)
            Assert.Equal("System.InvalidOperationException: outer ← System.TimeoutException: inner", text);
    }

    private sealed class Captured : IProblemDetailsService
    {
        public ProblemDetails? Details { get; private set; }

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Details = context.ProblemDetails;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Media.Web";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
