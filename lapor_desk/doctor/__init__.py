"""`lapor-desk doctor`: what is wrong with this desk, each line OK/WARN/FAIL with what to do."""
