-- The runs of sweeps shared between processes (sweep --queue), as govsim 0.1 created the table on the first such sweep.
CREATE TABLE IF NOT EXISTS govsim_sweep_run (
    sweep VARCHAR(64) NOT NULL,
    run INT NOT NULL,
    row_csv TEXT,
    worker VARCHAR(200),
    claimed_at TIMESTAMP,
    PRIMARY KEY (sweep, run));
