using CroydonBot.Staff;

namespace CroydonBot.UnitTests.Staff;

public sealed class StaffReturnUrlTests
{
    [Theory]
    [InlineData("/staff", "/staff")]
    [InlineData("/staff/feedback?status=new", "/staff/feedback?status=new")]
    [InlineData("/staff/\t/evil.com", "/staff")]
    [InlineData("/staff/%09/evil.com", "/staff")]
    [InlineData("/staff/%2F%2Fevil.com", "/staff")]
    [InlineData("/staff/../../evil", "/staff")]
    [InlineData("/staff\\evil.com", "/staff")]
    [InlineData("//evil.com/staff", "/staff")]
    [InlineData("https://evil.com/staff", "/staff")]
    [InlineData("/staff /x", "/staff")]
    [InlineData("/staffing", "/staff")]
    [InlineData(null, "/staff")]
    public void OnlyPlainPathsInsideTheStaffAreaAreKept(string? returnUrl, string expected) =>
        Assert.Equal(expected, StaffReturnUrl.Safe(returnUrl));
}
