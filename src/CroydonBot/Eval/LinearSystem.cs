namespace CroydonBot.Eval;

/// <summary>
/// The Newton step of the trainers' logistic fits (answer gate, follow-up choice): a small dense system (tens of weights), so
/// plain Gaussian elimination with partial pivoting is exact enough and needs no library.
/// </summary>
public static class LinearSystem
{
    /// <summary>x with <paramref name="matrix"/> x = <paramref name="vector"/>; neither argument is changed.</summary>
    public static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var m = (double[,])matrix.Clone();
        var v = (double[])vector.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }
            if (pivot != c)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                }
                (v[c], v[pivot]) = (v[pivot], v[c]);
            }
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }
                v[r] -= f * v[c];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * x[k];
            }
            x[r] = sum / m[r, r];
        }
        return x;
    }
}
