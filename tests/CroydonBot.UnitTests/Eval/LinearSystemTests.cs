using CroydonBot.Eval;

namespace CroydonBot.UnitTests.Eval;

/// <summary>The trainers' shared Newton step solves small dense systems exactly and leaves its arguments alone.</summary>
public sealed class LinearSystemTests
{
    [Fact]
    public void ASystemWithAZeroInTheFirstPivotIsSolvedByRowExchange()
    {
        // 0x + 2y + z = 5; x + y + z = 6; 2x + y + 3z = 13: checked by putting the answer back in.
        double[,] matrix = { { 0, 2, 1 }, { 1, 1, 1 }, { 2, 1, 3 } };
        double[] vector = [5, 6, 13];

        var x = LinearSystem.Solve(matrix, vector);

        for (var r = 0; r < 3; r++)
        {
            Assert.Equal(vector[r], matrix[r, 0] * x[0] + matrix[r, 1] * x[1] + matrix[r, 2] * x[2], tolerance: 1e-9);
        }
    }

    [Fact]
    public void TheMatrixAndVectorGivenAreNotChanged()
    {
        double[,] matrix = { { 4, 1 }, { 2, 3 } };
        double[] vector = [1, 2];

        LinearSystem.Solve(matrix, vector);

        Assert.Equal(new double[,] { { 4, 1 }, { 2, 3 } }, matrix);
        Assert.Equal([1, 2], vector);
    }
}
