// ESSModel
