package checkpointtest

import "testing"

func TestRunLearnsAndIsValid(t *testing.T) {
	r := NewRun(1)
	first := r.Step()
	var last float32
	for range 40 {
		last = r.Step()
	}
	if !(last < first) {
		t.Errorf("loss did not fall: first %v, after 40 steps %v", first, last)
	}
	st := r.State()
	if err := st.Validate(); err != nil {
		t.Fatal(err)
	}
	if st.Step != 41 || st.DataCursor != 41*Batch {
		t.Errorf("step %d cursor %d", st.Step, st.DataCursor)
	}
	a, b := Checkpoints(7, 3, 2), Checkpoints(7, 3, 2)
	for i := range a {
		if a[i].Hash() != b[i].Hash() {
			t.Fatalf("checkpoint %d differs between identical runs", i)
		}
	}
	if a[1].Hash() == a[2].Hash() {
		t.Error("training did not change the state")
	}
}
