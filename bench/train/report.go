package trainbench

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown prints the report: a header naming the machine, the table of best ms per
// step with the ratios RepOps/PyTorch and RepOps/gorgonia, the same for the median
// window, and the accuracy check. Missing figures print as "–".
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# training step, ms/step (lower is better); %s\n", r.Date.Format("2006-01-02 15:04 UTC"))
	fmt.Fprintf(&b, "# CPU: %s, %d cores; %d threads; %s", r.CPU, r.Cores, r.Threads, r.GoVersion)
	if r.TorchInfo != "" {
		fmt.Fprintf(&b, "; %s", r.TorchInfo)
		if len(r.Options.TorchEnv) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(r.Options.TorchEnv, " "))
		}
	}
	o := r.Options
	fmt.Fprintf(&b, "\n# %d rounds × %d windows of %d steps after %d warm-up steps, interleaved\n\n",
		o.Rounds, o.Windows, o.Steps, o.Warmup)
	for _, agg := range []struct {
		name string
		f    func(Cell) float64
	}{{"fastest window", Cell.Best}, {"median window", Cell.Median}} {
		fmt.Fprintf(&b, "%s:\n\n", agg.name)
		b.WriteString("| model | RepOps | gorgonia | PyTorch | RepOps/PyTorch | RepOps/gorgonia |\n")
		b.WriteString("|---|---:|---:|---:|---:|---:|\n")
		for _, m := range r.Models {
			v := func(c string) float64 {
				if cell := r.Cells[m][c]; cell != nil {
					return agg.f(*cell)
				}
				return 0
			}
			rep, gor, tor := v(RepOps), v(Gorgonia), v(Torch)
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", m,
				num(rep, "%.2f"), num(gor, "%.2f"), num(tor, "%.2f"), ratio(rep, tor), ratio(rep, gor))
		}
		b.WriteString("\n")
	}
	if len(r.Accuracy) > 0 {
		b.WriteString("test accuracy after training from the same weights on the same batches:\n\n")
		b.WriteString("| model | steps | RepOps | gorgonia | last batch loss RepOps | gorgonia | parameters differing | max difference |\n")
		b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, a := range r.Accuracy {
			fmt.Fprintf(&b, "| %s | %d | %.2f%% | %.2f%% | %.5f | %.5f | %d of %d | %.2g |\n", a.Model, a.Steps,
				100*a.RepOps, 100*a.Gorgonia, a.RepOpsLoss, a.GorgLoss, a.ParamsDiffer, a.Params, a.MaxParamDiff)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func num(v float64, format string) string {
	if v <= 0 {
		return "–"
	}
	return fmt.Sprintf(format, v)
}

func ratio(a, b float64) string {
	if a <= 0 || b <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", a/b)
}
