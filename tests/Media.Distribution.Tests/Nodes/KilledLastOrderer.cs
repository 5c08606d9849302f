using Xunit.Abstractions;
using Xunit.Sdk;

namespace Media.Distribution.Tests.Nodes;

/// <summary>Runs the tests that kill a node (trait <c>Kills=node</c>) after the others, so the class's nodes are
/// started once; a killed node is started again only if a test still follows (<see cref="TwoNodes.EnsureRunningAsync"/>).</summary>
public sealed class KilledLastOrderer : ITestCaseOrderer
{
    public const string TypeName = "Media.Distribution.Tests.Nodes." + nameof(KilledLastOrderer);
    public const string AssemblyName = "Media.Distribution.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.Traits.TryGetValue("Kills", out var values) && values.Count > 0)
            .ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}
