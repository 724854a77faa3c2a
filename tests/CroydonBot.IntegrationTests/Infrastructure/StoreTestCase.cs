using Xunit.Abstractions;
using Xunit.Sdk;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// A test case that decides its skip reason from the concrete test class, so one contract written in a
/// base class runs on SQLite always and on PostgreSQL when a server is configured.
/// </summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var needsPostgres = TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName).Any();
        return (needsPostgres ? PostgresTestServer.SkipReason : null) ?? base.GetSkipReason(factAttribute);
    }
}
